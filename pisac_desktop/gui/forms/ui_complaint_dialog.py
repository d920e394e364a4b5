# Generated from ui/complaint_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: e3e98c3b9c6581eb1f39dcc25e146bba4bb97f7f8c74d9ee8a712c41f942cfbf
# uic: uic 6.11.3
# output-sha256: db41e39208e9b1e4e091e1134a0260e844aca2ea4fe40da35ecbfcc8ebfd78e8
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(760, 640)
        ComplaintDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ComplaintDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(ComplaintDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.documentTypeLabel = QLabel(ComplaintDialog)
        self.documentTypeLabel.setObjectName(u"documentTypeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.documentTypeLabel)

        self.documentTypeCombo = QComboBox(ComplaintDialog)
        self.documentTypeCombo.setObjectName(u"documentTypeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.documentTypeCombo)

        self.documentLabel = QLabel(ComplaintDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentEdit = QLineEdit(ComplaintDialog)
        self.documentEdit.setObjectName(u"documentEdit")
        self.documentEdit.setMaxLength(20)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentEdit)

        self.nameLabel = QLabel(ComplaintDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ComplaintDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(250)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(ComplaintDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(ComplaintDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(250)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(ComplaintDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ComplaintDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(ComplaintDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ComplaintDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.unitLabel = QLabel(ComplaintDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(ComplaintDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.categoryLabel = QLabel(ComplaintDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ComplaintDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.hasAttendedLabel = QLabel(ComplaintDialog)
        self.hasAttendedLabel.setObjectName(u"hasAttendedLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.hasAttendedLabel)

        self.hasAttendedCheck = QCheckBox(ComplaintDialog)
        self.hasAttendedCheck.setObjectName(u"hasAttendedCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hasAttendedCheck)

        self.attendedLabel = QLabel(ComplaintDialog)
        self.attendedLabel.setObjectName(u"attendedLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.attendedLabel)

        self.attendedEdit = QDateEdit(ComplaintDialog)
        self.attendedEdit.setObjectName(u"attendedEdit")
        self.attendedEdit.setCalendarPopup(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.attendedEdit)

        self.factsLabel = QLabel(ComplaintDialog)
        self.factsLabel.setObjectName(u"factsLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.factsLabel)

        self.factsEdit = QPlainTextEdit(ComplaintDialog)
        self.factsEdit.setObjectName(u"factsEdit")
        self.factsEdit.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.factsEdit)

        self.requestLabel = QLabel(ComplaintDialog)
        self.requestLabel.setObjectName(u"requestLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.requestLabel)

        self.requestEdit = QPlainTextEdit(ComplaintDialog)
        self.requestEdit.setObjectName(u"requestEdit")
        self.requestEdit.setTabChangesFocus(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.requestEdit)


        self.dialogLayout.addLayout(self.form)

        self.noticeLabel = QLabel(ComplaintDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noticeLabel)

        self.messageLabel = QLabel(ComplaintDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ComplaintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.documentTypeLabel.setBuddy(self.documentTypeCombo)
        self.documentLabel.setBuddy(self.documentEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.hasAttendedLabel.setBuddy(self.hasAttendedCheck)
        self.attendedLabel.setBuddy(self.attendedEdit)
        self.factsLabel.setBuddy(self.factsEdit)
        self.requestLabel.setBuddy(self.requestEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentTypeCombo, self.documentEdit)
        QWidget.setTabOrder(self.documentEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.hasAttendedCheck)
        QWidget.setTabOrder(self.hasAttendedCheck, self.attendedEdit)
        QWidget.setTabOrder(self.attendedEdit, self.factsEdit)
        QWidget.setTabOrder(self.factsEdit, self.requestEdit)
        QWidget.setTabOrder(self.requestEdit, self.buttonBox)

        self.retranslateUi(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"Nuevo reclamo del libro", None))
        self.headingLabel.setText("")
        self.documentTypeLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Documento:", None))
        self.documentLabel.setText(QCoreApplication.translate("ComplaintDialog", u"N&\u00famero:", None))
        self.nameLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Nombre o raz\u00f3n social:", None))
        self.addressLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Do&micilio:", None))
        self.phoneLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Tel\u00e9fono:", None))
        self.emailLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Co&rreo:", None))
        self.unitLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Unidad reclamada:", None))
        self.categoryLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Motivo:", None))
        self.hasAttendedLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Atenci\u00f3n:", None))
        self.hasAttendedCheck.setText(QCoreApplication.translate("ComplaintDialog", u"Indica la fecha en que fue atendido", None))
        self.attendedLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Atendido el:", None))
        self.attendedEdit.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"dd/MM/yyyy", None))
        self.factsLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Hechos:", None))
        self.requestLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Pedido:", None))
        self.noticeLabel.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("ComplaintDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
