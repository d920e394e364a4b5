# Generated from ui/sign_in_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 88b6f82575c715e7221c3bb240c0043474fc5569a56379e96f12fabd04d78aea
# uic: uic 6.11.3
# output-sha256: 3142de2fd4d36c95c0bbe8a23b396f3d6ff08e231177b76eadea9bc2f3dcbbd1
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(460, 260)
        SignInDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(SignInDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.crestLabel = QLabel(SignInDialog)
        self.crestLabel.setObjectName(u"crestLabel")
        self.crestLabel.setMinimumSize(QSize(64, 64))
        self.crestLabel.setMaximumSize(QSize(64, 64))
        self.crestLabel.setScaledContents(True)

        self.headerLayout.addWidget(self.crestLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.institutionLabel = QLabel(SignInDialog)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.titleLayout.addWidget(self.institutionLabel)

        self.subtitleLabel = QLabel(SignInDialog)
        self.subtitleLabel.setObjectName(u"subtitleLabel")

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.dialogLayout.addLayout(self.headerLayout)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameEditLabel = QLabel(SignInDialog)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(SignInDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordEditLabel = QLabel(SignInDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(SignInDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(SignInDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)

        self.retranslateUi(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Iniciar sesi\u00f3n \u2014 Pisac Desktop", None))
        self.institutionLabel.setStyleSheet(QCoreApplication.translate("SignInDialog", u"font-size: 13pt; font-weight: bold;", None))
        self.institutionLabel.setText(QCoreApplication.translate("SignInDialog", u"Municipalidad Distrital de Pisac", None))
        self.subtitleLabel.setText(QCoreApplication.translate("SignInDialog", u"Gesti\u00f3n Municipal \u2014 Inicio de sesi\u00f3n", None))
        self.usernameEditLabel.setText(QCoreApplication.translate("SignInDialog", u"&Usuario:", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("SignInDialog", u"&Contrase\u00f1a:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("SignInDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
