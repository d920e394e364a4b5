# Generated from ui/change_password_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 4b16608cb609f62e51864e2d13f9c283303f421982238a4796a9909c94e5b245
# uic: uic 6.11.3
# output-sha256: cb733dcd9b985f5850cf696ad1f9c3b513c3f122d91edf3cb950cebf552b6905
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(480, 260)
        ChangePasswordDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ChangePasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.reasonLabel = QLabel(ChangePasswordDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.reasonLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.currentEditLabel = QLabel(ChangePasswordDialog)
        self.currentEditLabel.setObjectName(u"currentEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentEditLabel)

        self.currentEdit = QLineEdit(ChangePasswordDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.passwordEditLabel = QLabel(ChangePasswordDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(ChangePasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordAgainEditLabel = QLabel(ChangePasswordDialog)
        self.passwordAgainEditLabel.setObjectName(u"passwordAgainEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordAgainEditLabel)

        self.passwordAgainEdit = QLineEdit(ChangePasswordDialog)
        self.passwordAgainEdit.setObjectName(u"passwordAgainEdit")
        self.passwordAgainEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordAgainEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(ChangePasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ChangePasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentEditLabel.setBuddy(self.currentEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.passwordAgainEditLabel.setBuddy(self.passwordAgainEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.passwordAgainEdit)

        self.retranslateUi(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Cambiar mi contrase\u00f1a", None))
        self.reasonLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Elija una contrase\u00f1a que solo usted conozca, de 8 caracteres o m\u00e1s.", None))
        self.currentEditLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Contrase\u00f1a &actual:", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Contrase\u00f1a &nueva:", None))
        self.passwordAgainEditLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Repita la nueva:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("ChangePasswordDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
