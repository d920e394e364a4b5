# Generated from ui/session_official_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 539c96c94918728ada07fdebcb08dae7dcea1b729ce358aa405b3d6c13e6cde7
# uic: uic 6.11.3
# output-sha256: b7d15cd4f5c5e9c474c95adf909216a0c729aee02ef17a4b67602bea424ea208
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_official_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SessionOfficialDialog(object):
    def setupUi(self, SessionOfficialDialog):
        if not SessionOfficialDialog.objectName():
            SessionOfficialDialog.setObjectName(u"SessionOfficialDialog")
        SessionOfficialDialog.resize(600, 260)
        SessionOfficialDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(SessionOfficialDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(SessionOfficialDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameLabel = QLabel(SessionOfficialDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameCombo = QComboBox(SessionOfficialDialog)
        self.nameCombo.setObjectName(u"nameCombo")
        self.nameCombo.setEditable(True)
        self.nameCombo.setInsertPolicy(QComboBox.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameCombo)

        self.postLabel = QLabel(SessionOfficialDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postEdit = QLineEdit(SessionOfficialDialog)
        self.postEdit.setObjectName(u"postEdit")
        self.postEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postEdit)

        self.arrivedLabel = QLabel(SessionOfficialDialog)
        self.arrivedLabel.setObjectName(u"arrivedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.arrivedLabel)

        self.arrivedEdit = QLineEdit(SessionOfficialDialog)
        self.arrivedEdit.setObjectName(u"arrivedEdit")
        self.arrivedEdit.setMaxLength(5)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.arrivedEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(SessionOfficialDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SessionOfficialDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameCombo)
        self.postLabel.setBuddy(self.postEdit)
        self.arrivedLabel.setBuddy(self.arrivedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameCombo, self.postEdit)
        QWidget.setTabOrder(self.postEdit, self.arrivedEdit)
        QWidget.setTabOrder(self.arrivedEdit, self.buttonBox)

        self.retranslateUi(SessionOfficialDialog)
    # setupUi

    def retranslateUi(self, SessionOfficialDialog):
        SessionOfficialDialog.setWindowTitle(QCoreApplication.translate("SessionOfficialDialog", u"Funcionario invitado a la sesi\u00f3n", None))
        self.headingLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("SessionOfficialDialog", u"&Nombre:", None))
        self.postLabel.setText(QCoreApplication.translate("SessionOfficialDialog", u"&Cargo:", None))
        self.postEdit.setPlaceholderText(QCoreApplication.translate("SessionOfficialDialog", u"Gerente Municipal, Jefe de la Oficina de Asesor\u00eda Jur\u00eddica\u2026", None))
        self.arrivedLabel.setText(QCoreApplication.translate("SessionOfficialDialog", u"&Lleg\u00f3 a las:", None))
        self.arrivedEdit.setPlaceholderText(QCoreApplication.translate("SessionOfficialDialog", u"Opcional: hh:mm", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("SessionOfficialDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
