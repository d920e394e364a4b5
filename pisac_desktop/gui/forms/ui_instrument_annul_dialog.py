# Generated from ui/instrument_annul_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: ae60bf9f28ac8e5996cf284a7781a114786348e8d65c85829cca68f09cdb7d7e
# uic: uic 6.11.3
# output-sha256: a82fc379b93fb1f5dea3f26f4e26fa9a96d46c1ab300d1544b027a9c34d4c55e
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_annul_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
    QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_InstrumentAnnulDialog(object):
    def setupUi(self, InstrumentAnnulDialog):
        if not InstrumentAnnulDialog.objectName():
            InstrumentAnnulDialog.setObjectName(u"InstrumentAnnulDialog")
        InstrumentAnnulDialog.resize(640, 330)
        InstrumentAnnulDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InstrumentAnnulDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InstrumentAnnulDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(InstrumentAnnulDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.reasonEditLabel = QLabel(InstrumentAnnulDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QPlainTextEdit(InstrumentAnnulDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.annulledByLabel = QLabel(InstrumentAnnulDialog)
        self.annulledByLabel.setObjectName(u"annulledByLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.annulledByLabel)

        self.annulledByLayout = QGridLayout()
        self.annulledByLayout.setObjectName(u"annulledByLayout")
        self.documentRadio = QRadioButton(InstrumentAnnulDialog)
        self.documentRadio.setObjectName(u"documentRadio")
        self.documentRadio.setChecked(True)

        self.annulledByLayout.addWidget(self.documentRadio, 0, 0, 1, 1)

        self.annulledByCombo = QComboBox(InstrumentAnnulDialog)
        self.annulledByCombo.setObjectName(u"annulledByCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.annulledByCombo.sizePolicy().hasHeightForWidth())
        self.annulledByCombo.setSizePolicy(sizePolicy)
        self.annulledByCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.annulledByCombo.setMinimumContentsLength(30)

        self.annulledByLayout.addWidget(self.annulledByCombo, 0, 1, 1, 1)

        self.freeTextRadio = QRadioButton(InstrumentAnnulDialog)
        self.freeTextRadio.setObjectName(u"freeTextRadio")

        self.annulledByLayout.addWidget(self.freeTextRadio, 1, 0, 1, 1)

        self.annulledByEdit = QLineEdit(InstrumentAnnulDialog)
        self.annulledByEdit.setObjectName(u"annulledByEdit")
        self.annulledByEdit.setEnabled(False)

        self.annulledByLayout.addWidget(self.annulledByEdit, 1, 1, 1, 1)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.annulledByLayout)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(InstrumentAnnulDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(InstrumentAnnulDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
        self.annulledByLabel.setBuddy(self.annulledByCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.documentRadio)
        QWidget.setTabOrder(self.documentRadio, self.annulledByCombo)
        QWidget.setTabOrder(self.annulledByCombo, self.freeTextRadio)
        QWidget.setTabOrder(self.freeTextRadio, self.annulledByEdit)

        self.retranslateUi(InstrumentAnnulDialog)
    # setupUi

    def retranslateUi(self, InstrumentAnnulDialog):
        InstrumentAnnulDialog.setWindowTitle(QCoreApplication.translate("InstrumentAnnulDialog", u"Anular documento", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("InstrumentAnnulDialog", u"El documento anulado conserva su n\u00famero y se sigue listando, marcado como anulado. La anulaci\u00f3n no se puede deshacer.", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("InstrumentAnnulDialog", u"&Motivo:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("InstrumentAnnulDialog", u"Por qu\u00e9 deja de valer: p. ej. \u00abSe emiti\u00f3 con error en el nombre del designado\u00bb", None))
        self.annulledByLabel.setText(QCoreApplication.translate("InstrumentAnnulDialog", u"Lo anula:", None))
        self.documentRadio.setText(QCoreApplication.translate("InstrumentAnnulDialog", u"Un &documento emitido:", None))
        self.freeTextRadio.setText(QCoreApplication.translate("InstrumentAnnulDialog", u"&Otro (escr\u00edbalo):", None))
#if QT_CONFIG(accessibility)
        self.annulledByEdit.setAccessibleName(QCoreApplication.translate("InstrumentAnnulDialog", u"Lo anula (escrito a mano)", None))
#endif // QT_CONFIG(accessibility)
        self.annulledByEdit.setPlaceholderText(QCoreApplication.translate("InstrumentAnnulDialog", u"p. ej. Resoluci\u00f3n de Alcald\u00eda N\u00b0 050-2026-MDP/A", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentAnnulDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
