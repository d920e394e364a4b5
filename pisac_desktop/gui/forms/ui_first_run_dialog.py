# Generated from ui/first_run_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: d978b3fb771c20de1739f5a74b05a15e29e9f05463a5b4fe597c49598f6bbdfc
# uic: uic 6.11.3
# output-sha256: 193c17490190b8fe485a5aa5ed5cebc6d2a3c34dbea1548683b7497017e47481
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(620, 420)
        FirstRunDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(FirstRunDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.dataFolderLabel = QLabel(FirstRunDialog)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")
        self.dataFolderLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.dataFolderLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.institutionNameEditLabel = QLabel(FirstRunDialog)
        self.institutionNameEditLabel.setObjectName(u"institutionNameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.institutionNameEditLabel)

        self.institutionNameEdit = QLineEdit(FirstRunDialog)
        self.institutionNameEdit.setObjectName(u"institutionNameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.institutionNameEdit)

        self.fullNameEditLabel = QLabel(FirstRunDialog)
        self.fullNameEditLabel.setObjectName(u"fullNameEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameEditLabel)

        self.fullNameEdit = QLineEdit(FirstRunDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameEditLabel = QLabel(FirstRunDialog)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(FirstRunDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordEditLabel = QLabel(FirstRunDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(FirstRunDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordAgainEditLabel = QLabel(FirstRunDialog)
        self.passwordAgainEditLabel.setObjectName(u"passwordAgainEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordAgainEditLabel)

        self.passwordAgainEdit = QLineEdit(FirstRunDialog)
        self.passwordAgainEdit.setObjectName(u"passwordAgainEdit")
        self.passwordAgainEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordAgainEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(FirstRunDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.institutionNameEditLabel.setBuddy(self.institutionNameEdit)
        self.fullNameEditLabel.setBuddy(self.fullNameEdit)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.passwordAgainEditLabel.setBuddy(self.passwordAgainEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.institutionNameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.passwordAgainEdit)

        self.retranslateUi(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Primera puesta en marcha \u2014 Pisac Desktop", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Bienvenido a Pisac Desktop. Esta base de datos es nueva: escriba el nombre de la instituci\u00f3n y cree la cuenta del administrador del sistema. El administrador crea despu\u00e9s las cuentas de las dem\u00e1s personas (Configuraci\u00f3n > Usuarios).", None))
        self.dataFolderLabel.setText("")
        self.institutionNameEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Nombre de la &instituci\u00f3n:", None))
        self.fullNameEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Nombres y &apellidos del administrador:", None))
        self.usernameEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Usuario:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"p. ej. mquispe", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Contrase\u00f1a (8 caracteres o m\u00e1s):", None))
        self.passwordAgainEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Repita la contrase\u00f1a:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("FirstRunDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
