# Generated from ui/information_request_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 4e744c7bd6ed566636795031b64ad3955ed0344c7031df016e352619a5f8bcd6
# uic: uic 6.11.3
# output-sha256: 4ad56c20eccd304df6f1a360de2a6a9ca49a271fe8fc1821fee20a1ae2a35a46
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'information_request_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_InformationRequestDialog(object):
    def setupUi(self, InformationRequestDialog):
        if not InformationRequestDialog.objectName():
            InformationRequestDialog.setObjectName(u"InformationRequestDialog")
        InformationRequestDialog.resize(720, 560)
        InformationRequestDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InformationRequestDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InformationRequestDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.documentLabel = QLabel(InformationRequestDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentLayout = QHBoxLayout()
        self.documentLayout.setObjectName(u"documentLayout")
        self.documentTypeCombo = QComboBox(InformationRequestDialog)
        self.documentTypeCombo.setObjectName(u"documentTypeCombo")

        self.documentLayout.addWidget(self.documentTypeCombo)

        self.documentEdit = QLineEdit(InformationRequestDialog)
        self.documentEdit.setObjectName(u"documentEdit")
        self.documentEdit.setMaxLength(20)

        self.documentLayout.addWidget(self.documentEdit)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.documentLayout)

        self.nameLabel = QLabel(InformationRequestDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(InformationRequestDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(250)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.sexLabel = QLabel(InformationRequestDialog)
        self.sexLabel.setObjectName(u"sexLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(InformationRequestDialog)
        self.sexCombo.setObjectName(u"sexCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.addressLabel = QLabel(InformationRequestDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(InformationRequestDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(250)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.contactLabel = QLabel(InformationRequestDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactLayout = QHBoxLayout()
        self.contactLayout.setObjectName(u"contactLayout")
        self.phoneEdit = QLineEdit(InformationRequestDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.contactLayout.addWidget(self.phoneEdit)

        self.emailLabel = QLabel(InformationRequestDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactLayout.addWidget(self.emailLabel)

        self.emailEdit = QLineEdit(InformationRequestDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.contactLayout.addWidget(self.emailEdit)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.contactLayout)

        self.subjectLabel = QLabel(InformationRequestDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QPlainTextEdit(InformationRequestDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.foliosLabel = QLabel(InformationRequestDialog)
        self.foliosLabel.setObjectName(u"foliosLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.foliosLabel)

        self.foliosSpin = QSpinBox(InformationRequestDialog)
        self.foliosSpin.setObjectName(u"foliosSpin")
        self.foliosSpin.setMinimum(1)
        self.foliosSpin.setMaximum(9999)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.foliosSpin)

        self.channelLabel = QLabel(InformationRequestDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(InformationRequestDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.deliveryLabel = QLabel(InformationRequestDialog)
        self.deliveryLabel.setObjectName(u"deliveryLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.deliveryLabel)

        self.deliveryCombo = QComboBox(InformationRequestDialog)
        self.deliveryCombo.setObjectName(u"deliveryCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.deliveryCombo)

        self.unitLabel = QLabel(InformationRequestDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(InformationRequestDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.unitCombo)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(InformationRequestDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InformationRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentTypeCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.contactLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.foliosLabel.setBuddy(self.foliosSpin)
        self.channelLabel.setBuddy(self.channelCombo)
        self.deliveryLabel.setBuddy(self.deliveryCombo)
        self.unitLabel.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentTypeCombo, self.documentEdit)
        QWidget.setTabOrder(self.documentEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.foliosSpin)
        QWidget.setTabOrder(self.foliosSpin, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.deliveryCombo)
        QWidget.setTabOrder(self.deliveryCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.buttonBox)

        self.retranslateUi(InformationRequestDialog)
    # setupUi

    def retranslateUi(self, InformationRequestDialog):
        InformationRequestDialog.setWindowTitle(QCoreApplication.translate("InformationRequestDialog", u"Nueva solicitud de acceso a la informaci\u00f3n", None))
        self.headingLabel.setText("")
        self.documentLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"&Documento:", None))
#if QT_CONFIG(accessibility)
        self.documentEdit.setAccessibleName(QCoreApplication.translate("InformationRequestDialog", u"N\u00famero de documento", None))
#endif // QT_CONFIG(accessibility)
        self.documentEdit.setPlaceholderText(QCoreApplication.translate("InformationRequestDialog", u"N\u00b0 de DNI (8 d\u00edgitos) o del documento", None))
        self.nameLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"&Solicitante:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("InformationRequestDialog", u"Nombres y apellidos", None))
        self.sexLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"Se&xo:", None))
#if QT_CONFIG(tooltip)
        self.sexCombo.setToolTip(QCoreApplication.translate("InformationRequestDialog", u"Para el reporte anual, que cuenta las solicitudes de mujeres y de hombres.", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"&Domicilio:", None))
        self.contactLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"&Tel\u00e9fono:", None))
        self.emailLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"Co&rreo:", None))
        self.subjectLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"&Qu\u00e9 pide:", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("InformationRequestDialog", u"La informaci\u00f3n solicitada, como la escribi\u00f3 el solicitante", None))
        self.foliosLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"&Folios:", None))
        self.channelLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"&Lleg\u00f3 por:", None))
        self.deliveryLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"&Forma de entrega:", None))
        self.unitLabel.setText(QCoreApplication.translate("InformationRequestDialog", u"&Unidad que la posee:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InformationRequestDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
