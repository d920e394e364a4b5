# Generated from ui/users_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: dd118ba22813ff998b9d0ff7da3dc2476f8750847cb0bb51c422e8e9a75826d1
# uic: uic 6.11.3
# output-sha256: fadcab10d30d371e8ef9371046077125cf70b1ae0bafcb5d74ab50a380249ea6
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(900, 520)
        self.usersLayout = QVBoxLayout(UsersDialog)
        self.usersLayout.setObjectName(u"usersLayout")
        self.hintLabel = QLabel(UsersDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.usersLayout.addWidget(self.hintLabel)

        self.usersView = QTableView(UsersDialog)
        self.usersView.setObjectName(u"usersView")
        self.usersView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.usersView.setAlternatingRowColors(True)
        self.usersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.usersView.setSelectionMode(QAbstractItemView.SingleSelection)

        self.usersLayout.addWidget(self.usersView)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newUserButton = QPushButton(UsersDialog)
        self.newUserButton.setObjectName(u"newUserButton")

        self.buttonsLayout.addWidget(self.newUserButton)

        self.editUserButton = QPushButton(UsersDialog)
        self.editUserButton.setObjectName(u"editUserButton")

        self.buttonsLayout.addWidget(self.editUserButton)

        self.resetPasswordButton = QPushButton(UsersDialog)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.buttonsLayout.addWidget(self.resetPasswordButton)

        self.toggleActiveButton = QPushButton(UsersDialog)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.buttonsLayout.addWidget(self.toggleActiveButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.usersLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Usuarios", None))
        self.hintLabel.setText(QCoreApplication.translate("UsersDialog", u"Las cuentas no se eliminan nunca, porque el registro de auditor\u00eda las nombra: desactive las de quienes ya no trabajan en la municipalidad.", None))
#if QT_CONFIG(accessibility)
        self.usersView.setAccessibleName(QCoreApplication.translate("UsersDialog", u"Usuarios", None))
#endif // QT_CONFIG(accessibility)
        self.newUserButton.setText(QCoreApplication.translate("UsersDialog", u"&Nuevo usuario\u2026", None))
        self.editUserButton.setText(QCoreApplication.translate("UsersDialog", u"&Modificar\u2026", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("UsersDialog", u"&Restablecer contrase\u00f1a\u2026", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("UsersDialog", u"&Desactivar", None))
    # retranslateUi
