# Generated from ui/instrument_kinds_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: f93f6a7cf71c7a685c7a0a6bf3f09fbd557416740e05915d4323a81c5ef7506a
# uic: uic 6.11.3
# output-sha256: e72888195ea086e5e864404eb4e91e80fdce36fdc1d3e13c8677fd95f1ba05be
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_kinds_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_InstrumentKindsDialog(object):
    def setupUi(self, InstrumentKindsDialog):
        if not InstrumentKindsDialog.objectName():
            InstrumentKindsDialog.setObjectName(u"InstrumentKindsDialog")
        InstrumentKindsDialog.resize(980, 620)
        self.dialogLayout = QVBoxLayout(InstrumentKindsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(InstrumentKindsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.mainLayout = QHBoxLayout()
        self.mainLayout.setObjectName(u"mainLayout")
        self.kindList = QListWidget(InstrumentKindsDialog)
        self.kindList.setObjectName(u"kindList")
        self.kindList.setMaximumWidth(260)

        self.mainLayout.addWidget(self.kindList)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.numberFormatLabel = QLabel(InstrumentKindsDialog)
        self.numberFormatLabel.setObjectName(u"numberFormatLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberFormatLabel)

        self.numberFormatEdit = QLineEdit(InstrumentKindsDialog)
        self.numberFormatEdit.setObjectName(u"numberFormatEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberFormatEdit)

        self.sampleCaption = QLabel(InstrumentKindsDialog)
        self.sampleCaption.setObjectName(u"sampleCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sampleCaption)

        self.sampleLabel = QLabel(InstrumentKindsDialog)
        self.sampleLabel.setObjectName(u"sampleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sampleLabel)

        self.signerPostLabel = QLabel(InstrumentKindsDialog)
        self.signerPostLabel.setObjectName(u"signerPostLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerPostLabel)

        self.signerPostCombo = QComboBox(InstrumentKindsDialog)
        self.signerPostCombo.setObjectName(u"signerPostCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerPostCombo)

        self.closingLabel = QLabel(InstrumentKindsDialog)
        self.closingLabel.setObjectName(u"closingLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.closingLabel)

        self.closingEdit = QLineEdit(InstrumentKindsDialog)
        self.closingEdit.setObjectName(u"closingEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closingEdit)

        self.mustPublishCheck = QCheckBox(InstrumentKindsDialog)
        self.mustPublishCheck.setObjectName(u"mustPublishCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mustPublishCheck)

        self.templateWhereasLabel = QLabel(InstrumentKindsDialog)
        self.templateWhereasLabel.setObjectName(u"templateWhereasLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.templateWhereasLabel)

        self.templateWhereasEdit = QPlainTextEdit(InstrumentKindsDialog)
        self.templateWhereasEdit.setObjectName(u"templateWhereasEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.templateWhereasEdit)

        self.templateLegalBasisLabel = QLabel(InstrumentKindsDialog)
        self.templateLegalBasisLabel.setObjectName(u"templateLegalBasisLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.templateLegalBasisLabel)

        self.templateLegalBasisEdit = QPlainTextEdit(InstrumentKindsDialog)
        self.templateLegalBasisEdit.setObjectName(u"templateLegalBasisEdit")
        self.templateLegalBasisEdit.setMaximumHeight(90)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.templateLegalBasisEdit)


        self.mainLayout.addLayout(self.form)


        self.dialogLayout.addLayout(self.mainLayout)

        self.messageLabel = QLabel(InstrumentKindsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InstrumentKindsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberFormatLabel.setBuddy(self.numberFormatEdit)
        self.signerPostLabel.setBuddy(self.signerPostCombo)
        self.closingLabel.setBuddy(self.closingEdit)
        self.templateWhereasLabel.setBuddy(self.templateWhereasEdit)
        self.templateLegalBasisLabel.setBuddy(self.templateLegalBasisEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InstrumentKindsDialog)
    # setupUi

    def retranslateUi(self, InstrumentKindsDialog):
        InstrumentKindsDialog.setWindowTitle(QCoreApplication.translate("InstrumentKindsDialog", u"Tipos de documento y plantillas", None))
        self.hintLabel.setText(QCoreApplication.translate("InstrumentKindsDialog", u"Cada tipo de documento tiene su formato de n\u00famero, el cargo que lo firma, su f\u00f3rmula final, si debe publicarse y los p\u00e1rrafos con que empieza un borrador nuevo. Los cambios valen para los documentos que se emitan desde ahora; los ya emitidos no cambian.", None))
#if QT_CONFIG(accessibility)
        self.kindList.setAccessibleName(QCoreApplication.translate("InstrumentKindsDialog", u"Tipos de documento", None))
#endif // QT_CONFIG(accessibility)
        self.numberFormatLabel.setText(QCoreApplication.translate("InstrumentKindsDialog", u"&Formato del n\u00famero:", None))
        self.sampleCaption.setText(QCoreApplication.translate("InstrumentKindsDialog", u"Ejemplo:", None))
        self.sampleLabel.setText("")
        self.signerPostLabel.setText(QCoreApplication.translate("InstrumentKindsDialog", u"Firma el &cargo:", None))
        self.closingLabel.setText(QCoreApplication.translate("InstrumentKindsDialog", u"F\u00f3rmula &final:", None))
        self.mustPublishCheck.setText(QCoreApplication.translate("InstrumentKindsDialog", u"Debe &publicarse (Ley N\u00b0 27972, art. 44)", None))
        self.templateWhereasLabel.setText(QCoreApplication.translate("InstrumentKindsDialog", u"Considerandos de &plantilla:", None))
        self.templateWhereasEdit.setPlaceholderText(QCoreApplication.translate("InstrumentKindsDialog", u"Un p\u00e1rrafo por considerando; separe los p\u00e1rrafos con una l\u00ednea en blanco.", None))
        self.templateLegalBasisLabel.setText(QCoreApplication.translate("InstrumentKindsDialog", u"&Base legal de plantilla:", None))
        self.messageLabel.setText("")
    # retranslateUi
