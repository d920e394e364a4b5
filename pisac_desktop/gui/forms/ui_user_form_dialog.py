# Generated from ui/user_form_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: a4d08949c06228afe0219831abece3eb2d9792a57d58903590d50bee8ff599e1
# uic: uic 6.11.3
# output-sha256: ddaee4eba845a3f3d5d974706f8df10387ac3302d038e8b373a43bb9789a0c6e
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_form_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_UserFormDialog(object):
    def setupUi(self, UserFormDialog):
        if not UserFormDialog.objectName():
            UserFormDialog.setObjectName(u"UserFormDialog")
        UserFormDialog.resize(600, 620)
        UserFormDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(UserFormDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(UserFormDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameEditLabel = QLabel(UserFormDialog)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(UserFormDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.fullNameEditLabel = QLabel(UserFormDialog)
        self.fullNameEditLabel.setObjectName(u"fullNameEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameEditLabel)

        self.fullNameEdit = QLineEdit(UserFormDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.passwordEditLabel = QLabel(UserFormDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(UserFormDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordAgainEditLabel = QLabel(UserFormDialog)
        self.passwordAgainEditLabel.setObjectName(u"passwordAgainEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordAgainEditLabel)

        self.passwordAgainEdit = QLineEdit(UserFormDialog)
        self.passwordAgainEdit.setObjectName(u"passwordAgainEdit")
        self.passwordAgainEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordAgainEdit)

        self.rolesLabel = QLabel(UserFormDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesGroup = QGroupBox(UserFormDialog)
        self.rolesGroup.setObjectName(u"rolesGroup")
        self.rolesLayout = QVBoxLayout(self.rolesGroup)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.roleAdminCheck = QCheckBox(self.rolesGroup)
        self.roleAdminCheck.setObjectName(u"roleAdminCheck")

        self.rolesLayout.addWidget(self.roleAdminCheck)

        self.roleGeneralSecretariatCheck = QCheckBox(self.rolesGroup)
        self.roleGeneralSecretariatCheck.setObjectName(u"roleGeneralSecretariatCheck")

        self.rolesLayout.addWidget(self.roleGeneralSecretariatCheck)

        self.roleMunicipalManagementCheck = QCheckBox(self.rolesGroup)
        self.roleMunicipalManagementCheck.setObjectName(u"roleMunicipalManagementCheck")

        self.rolesLayout.addWidget(self.roleMunicipalManagementCheck)

        self.roleIntakeCheck = QCheckBox(self.rolesGroup)
        self.roleIntakeCheck.setObjectName(u"roleIntakeCheck")

        self.rolesLayout.addWidget(self.roleIntakeCheck)

        self.roleCivilRegistryCheck = QCheckBox(self.rolesGroup)
        self.roleCivilRegistryCheck.setObjectName(u"roleCivilRegistryCheck")

        self.rolesLayout.addWidget(self.roleCivilRegistryCheck)

        self.roleUnitStaffCheck = QCheckBox(self.rolesGroup)
        self.roleUnitStaffCheck.setObjectName(u"roleUnitStaffCheck")

        self.rolesLayout.addWidget(self.roleUnitStaffCheck)

        self.roleReadOnlyCheck = QCheckBox(self.rolesGroup)
        self.roleReadOnlyCheck.setObjectName(u"roleReadOnlyCheck")

        self.rolesLayout.addWidget(self.roleReadOnlyCheck)


        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rolesGroup)

        self.unitsListLabel = QLabel(UserFormDialog)
        self.unitsListLabel.setObjectName(u"unitsListLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitsListLabel)

        self.unitsList = QListWidget(UserFormDialog)
        self.unitsList.setObjectName(u"unitsList")
        self.unitsList.setMinimumSize(QSize(0, 120))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitsList)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(UserFormDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(UserFormDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.fullNameEditLabel.setBuddy(self.fullNameEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.passwordAgainEditLabel.setBuddy(self.passwordAgainEdit)
        self.unitsListLabel.setBuddy(self.unitsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.passwordAgainEdit)
        QWidget.setTabOrder(self.passwordAgainEdit, self.roleAdminCheck)
        QWidget.setTabOrder(self.roleAdminCheck, self.roleGeneralSecretariatCheck)
        QWidget.setTabOrder(self.roleGeneralSecretariatCheck, self.roleMunicipalManagementCheck)
        QWidget.setTabOrder(self.roleMunicipalManagementCheck, self.roleIntakeCheck)
        QWidget.setTabOrder(self.roleIntakeCheck, self.roleCivilRegistryCheck)
        QWidget.setTabOrder(self.roleCivilRegistryCheck, self.roleUnitStaffCheck)
        QWidget.setTabOrder(self.roleUnitStaffCheck, self.roleReadOnlyCheck)
        QWidget.setTabOrder(self.roleReadOnlyCheck, self.unitsList)

        self.retranslateUi(UserFormDialog)
    # setupUi

    def retranslateUi(self, UserFormDialog):
        UserFormDialog.setWindowTitle(QCoreApplication.translate("UserFormDialog", u"Usuario", None))
        self.hintLabel.setText("")
        self.usernameEditLabel.setText(QCoreApplication.translate("UserFormDialog", u"&Usuario:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("UserFormDialog", u"p. ej. mquispe", None))
        self.fullNameEditLabel.setText(QCoreApplication.translate("UserFormDialog", u"&Nombres y apellidos:", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("UserFormDialog", u"&Contrase\u00f1a inicial:", None))
        self.passwordAgainEditLabel.setText(QCoreApplication.translate("UserFormDialog", u"&Repita la contrase\u00f1a:", None))
        self.rolesLabel.setText(QCoreApplication.translate("UserFormDialog", u"Roles:", None))
        self.roleAdminCheck.setText(QCoreApplication.translate("UserFormDialog", u"Administrador (usuarios, auditor\u00eda, restauraci\u00f3n)", None))
        self.roleGeneralSecretariatCheck.setText(QCoreApplication.translate("UserFormDialog", u"Secretar\u00eda General", None))
        self.roleMunicipalManagementCheck.setText(QCoreApplication.translate("UserFormDialog", u"Gerencia Municipal", None))
        self.roleIntakeCheck.setText(QCoreApplication.translate("UserFormDialog", u"Mesa de Partes", None))
        self.roleCivilRegistryCheck.setText(QCoreApplication.translate("UserFormDialog", u"Registro Civil", None))
        self.roleUnitStaffCheck.setText(QCoreApplication.translate("UserFormDialog", u"Unidad org\u00e1nica (atiende expedientes)", None))
        self.roleReadOnlyCheck.setText(QCoreApplication.translate("UserFormDialog", u"Consulta (solo lectura)", None))
        self.unitsListLabel.setText(QCoreApplication.translate("UserFormDialog", u"Unidades donde &trabaja:", None))
#if QT_CONFIG(tooltip)
        self.unitsList.setToolTip(QCoreApplication.translate("UserFormDialog", u"Marque con la barra espaciadora las unidades cuya bandeja de expedientes atiende esta persona.", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setStyleSheet(QCoreApplication.translate("UserFormDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
