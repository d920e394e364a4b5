# Generated from ui/proposal_include_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 796c2db8afbff4b2655166f2130a1a2bb60bf0be2bb02eaae5f11c6e1e3a62bf
# uic: uic 6.11.3
# output-sha256: 931c634f0ff9f7e52f72b259a1e73e2ac87bffd01590ca00f9eca4c186095a31
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proposal_include_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProposalIncludeDialog(object):
    def setupUi(self, ProposalIncludeDialog):
        if not ProposalIncludeDialog.objectName():
            ProposalIncludeDialog.setObjectName(u"ProposalIncludeDialog")
        ProposalIncludeDialog.resize(680, 420)
        ProposalIncludeDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ProposalIncludeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(ProposalIncludeDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(ProposalIncludeDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.sessionLabel = QLabel(ProposalIncludeDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(ProposalIncludeDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.sectionLabel = QLabel(ProposalIncludeDialog)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionCombo = QComboBox(ProposalIncludeDialog)
        self.sectionCombo.setObjectName(u"sectionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sectionCombo.sizePolicy().hasHeightForWidth())
        self.sectionCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectionCombo)

        self.titleLabel = QLabel(ProposalIncludeDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QPlainTextEdit(ProposalIncludeDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setTabChangesFocus(True)
        self.titleEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.majorityLabel = QLabel(ProposalIncludeDialog)
        self.majorityLabel.setObjectName(u"majorityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.majorityLabel)

        self.majorityCombo = QComboBox(ProposalIncludeDialog)
        self.majorityCombo.setObjectName(u"majorityCombo")
        sizePolicy.setHeightForWidth(self.majorityCombo.sizePolicy().hasHeightForWidth())
        self.majorityCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.majorityCombo)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(ProposalIncludeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(ProposalIncludeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.sectionLabel.setBuddy(self.sectionCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.majorityLabel.setBuddy(self.majorityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sessionCombo, self.sectionCombo)
        QWidget.setTabOrder(self.sectionCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.majorityCombo)

        self.retranslateUi(ProposalIncludeDialog)
    # setupUi

    def retranslateUi(self, ProposalIncludeDialog):
        ProposalIncludeDialog.setWindowTitle(QCoreApplication.translate("ProposalIncludeDialog", u"Incluir en la agenda", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("ProposalIncludeDialog", u"Se agrega como punto de la agenda de una sesi\u00f3n programada (a\u00fan no convocada). Si luego se quita el punto de la agenda, la propuesta vuelve a quedar recibida.", None))
        self.sessionLabel.setText(QCoreApplication.translate("ProposalIncludeDialog", u"&Sesi\u00f3n:", None))
        self.sectionLabel.setText(QCoreApplication.translate("ProposalIncludeDialog", u"&Estaci\u00f3n:", None))
        self.titleLabel.setText(QCoreApplication.translate("ProposalIncludeDialog", u"&Punto de agenda:", None))
#if QT_CONFIG(tooltip)
        self.titleEdit.setToolTip(QCoreApplication.translate("ProposalIncludeDialog", u"C\u00f3mo figurar\u00e1 en la agenda y en las citaciones; por defecto, el asunto de la propuesta", None))
#endif // QT_CONFIG(tooltip)
        self.majorityLabel.setText(QCoreApplication.translate("ProposalIncludeDialog", u"&Mayor\u00eda requerida:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("ProposalIncludeDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
