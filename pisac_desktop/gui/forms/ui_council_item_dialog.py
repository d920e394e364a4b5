# Generated from ui/council_item_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 83fb9c4a1a9dfd8f2272f820e89ad468d1695cbbc30c1e162caaac5bfa5fcafb
# uic: uic 6.11.3
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_item_dialog.ui'
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

class Ui_CouncilItemDialog(object):
    def setupUi(self, CouncilItemDialog):
        if not CouncilItemDialog.objectName():
            CouncilItemDialog.setObjectName(u"CouncilItemDialog")
        CouncilItemDialog.resize(640, 420)
        CouncilItemDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncilItemDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CouncilItemDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(CouncilItemDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.sectionComboLabel = QLabel(CouncilItemDialog)
        self.sectionComboLabel.setObjectName(u"sectionComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionComboLabel)

        self.sectionCombo = QComboBox(CouncilItemDialog)
        self.sectionCombo.setObjectName(u"sectionCombo")
        self.sectionCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionCombo)

        self.titleEditLabel = QLabel(CouncilItemDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QPlainTextEdit(CouncilItemDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setTabChangesFocus(True)
        self.titleEdit.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.detailEditLabel = QLabel(CouncilItemDialog)
        self.detailEditLabel.setObjectName(u"detailEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.detailEditLabel)

        self.detailEdit = QPlainTextEdit(CouncilItemDialog)
        self.detailEdit.setObjectName(u"detailEdit")
        self.detailEdit.setTabChangesFocus(True)
        self.detailEdit.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.detailEdit)

        self.majorityComboLabel = QLabel(CouncilItemDialog)
        self.majorityComboLabel.setObjectName(u"majorityComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.majorityComboLabel)

        self.majorityCombo = QComboBox(CouncilItemDialog)
        self.majorityCombo.setObjectName(u"majorityCombo")
        self.majorityCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.majorityCombo)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CouncilItemDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CouncilItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sectionComboLabel.setBuddy(self.sectionCombo)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.detailEditLabel.setBuddy(self.detailEdit)
        self.majorityComboLabel.setBuddy(self.majorityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sectionCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.detailEdit)
        QWidget.setTabOrder(self.detailEdit, self.majorityCombo)

        self.retranslateUi(CouncilItemDialog)
    # setupUi

    def retranslateUi(self, CouncilItemDialog):
        CouncilItemDialog.setWindowTitle(QCoreApplication.translate("CouncilItemDialog", u"Punto de agenda", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"Cada punto se trata en su estaci\u00f3n: Despacho, Informes, Pedidos y Orden del D\u00eda. Solo se votan los de la Orden del D\u00eda.", None))
        self.sectionComboLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"&Estaci\u00f3n:", None))
        self.titleEditLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"&Asunto:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("CouncilItemDialog", u"p. ej. Aprobar el Plan de Desarrollo Local Concertado 2027-2030", None))
        self.detailEditLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"&Detalle:", None))
        self.detailEdit.setPlaceholderText(QCoreApplication.translate("CouncilItemDialog", u"Antecedentes y documentos de sustento (opcional)", None))
        self.majorityComboLabel.setText(QCoreApplication.translate("CouncilItemDialog", u"&Mayor\u00eda requerida:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilItemDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
