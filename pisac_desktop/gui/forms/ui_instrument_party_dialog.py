# Generated from ui/instrument_party_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 78156218afb7c4883c9d480fb2adfc3df230c56d7da57847b17632bf7ab22d33
# uic: uic 6.11.3
# output-sha256: aa31f258beabe6e8add28f89c84c5d298cbbff8beb3e498244a3bc74c073f5c4
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_party_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_InstrumentPartyDialog(object):
    def setupUi(self, InstrumentPartyDialog):
        if not InstrumentPartyDialog.objectName():
            InstrumentPartyDialog.setObjectName(u"InstrumentPartyDialog")
        InstrumentPartyDialog.resize(620, 330)
        InstrumentPartyDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InstrumentPartyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InstrumentPartyDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(InstrumentPartyDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameEditLabel = QLabel(InstrumentPartyDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(InstrumentPartyDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(400)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.documentLabel = QLabel(InstrumentPartyDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentLayout = QHBoxLayout()
        self.documentLayout.setObjectName(u"documentLayout")
        self.documentTypeCombo = QComboBox(InstrumentPartyDialog)
        self.documentTypeCombo.setObjectName(u"documentTypeCombo")

        self.documentLayout.addWidget(self.documentTypeCombo)

        self.documentNumberEdit = QLineEdit(InstrumentPartyDialog)
        self.documentNumberEdit.setObjectName(u"documentNumberEdit")
        self.documentNumberEdit.setMaxLength(20)

        self.documentLayout.addWidget(self.documentNumberEdit)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.documentLayout)

        self.addressEditLabel = QLabel(InstrumentPartyDialog)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(InstrumentPartyDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(500)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.companyCheck = QCheckBox(InstrumentPartyDialog)
        self.companyCheck.setObjectName(u"companyCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.companyCheck)

        self.representativeEditLabel = QLabel(InstrumentPartyDialog)
        self.representativeEditLabel.setObjectName(u"representativeEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.representativeEditLabel)

        self.representativeEdit = QLineEdit(InstrumentPartyDialog)
        self.representativeEdit.setObjectName(u"representativeEdit")
        self.representativeEdit.setMaxLength(400)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.representativeEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(InstrumentPartyDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(InstrumentPartyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.documentLabel.setBuddy(self.documentTypeCombo)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.representativeEditLabel.setBuddy(self.representativeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.documentTypeCombo)
        QWidget.setTabOrder(self.documentTypeCombo, self.documentNumberEdit)
        QWidget.setTabOrder(self.documentNumberEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.companyCheck)
        QWidget.setTabOrder(self.companyCheck, self.representativeEdit)

        self.retranslateUi(InstrumentPartyDialog)
    # setupUi

    def retranslateUi(self, InstrumentPartyDialog):
        InstrumentPartyDialog.setWindowTitle(QCoreApplication.translate("InstrumentPartyDialog", u"Interesado", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("InstrumentPartyDialog", u"La persona o empresa sobre la que resuelve el documento: se le notifica con una c\u00e9dula en su domicilio (TUO de la Ley N\u00b0 27444, arts. 20 y 21). Sus datos se pueden corregir hasta que se emite su c\u00e9dula.", None))
        self.nameEditLabel.setText(QCoreApplication.translate("InstrumentPartyDialog", u"&Nombre o raz\u00f3n social:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("InstrumentPartyDialog", u"Nombres y apellidos, o raz\u00f3n social", None))
        self.documentLabel.setText(QCoreApplication.translate("InstrumentPartyDialog", u"&Documento:", None))
#if QT_CONFIG(accessibility)
        self.documentNumberEdit.setAccessibleName(QCoreApplication.translate("InstrumentPartyDialog", u"N\u00famero de documento", None))
#endif // QT_CONFIG(accessibility)
        self.documentNumberEdit.setPlaceholderText(QCoreApplication.translate("InstrumentPartyDialog", u"N\u00famero", None))
        self.addressEditLabel.setText(QCoreApplication.translate("InstrumentPartyDialog", u"Do&micilio:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("InstrumentPartyDialog", u"Donde se entregar\u00e1 la c\u00e9dula (el que consta en el expediente)", None))
        self.companyCheck.setText(QCoreApplication.translate("InstrumentPartyDialog", u"Es una &empresa o persona jur\u00eddica (se identifica con su RUC)", None))
        self.representativeEditLabel.setText(QCoreApplication.translate("InstrumentPartyDialog", u"&Representante legal:", None))
        self.representativeEdit.setPlaceholderText(QCoreApplication.translate("InstrumentPartyDialog", u"Opcional", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentPartyDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
