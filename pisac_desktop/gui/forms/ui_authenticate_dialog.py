# Generated from ui/authenticate_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 6cec7edd6197a7ec19199c0d3fca7d3048d6e12a9167996dacb5fde96e79aa59
# uic: uic 6.11.3
# output-sha256: 5d73f0119cb7f37faeabf341b0a472f8e3b1fdebccd884cb0f747ad7222ce76b
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'authenticate_dialog.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_AuthenticateDialog(object):
    def setupUi(self, AuthenticateDialog):
        if not AuthenticateDialog.objectName():
            AuthenticateDialog.setObjectName(u"AuthenticateDialog")
        AuthenticateDialog.resize(640, 380)
        AuthenticateDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AuthenticateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(AuthenticateDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.officerLabel = QLabel(AuthenticateDialog)
        self.officerLabel.setObjectName(u"officerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(AuthenticateDialog)
        self.officerCombo.setObjectName(u"officerCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officerCombo)

        self.documentLabel = QLabel(AuthenticateDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentEdit = QLineEdit(AuthenticateDialog)
        self.documentEdit.setObjectName(u"documentEdit")
        self.documentEdit.setMaxLength(500)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentEdit)

        self.foliosLabel = QLabel(AuthenticateDialog)
        self.foliosLabel.setObjectName(u"foliosLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.foliosLabel)

        self.foliosSpin = QSpinBox(AuthenticateDialog)
        self.foliosSpin.setObjectName(u"foliosSpin")
        self.foliosSpin.setMinimum(1)
        self.foliosSpin.setMaximum(500)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.foliosSpin)

        self.requesterTypeLabel = QLabel(AuthenticateDialog)
        self.requesterTypeLabel.setObjectName(u"requesterTypeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requesterTypeLabel)

        self.requesterTypeCombo = QComboBox(AuthenticateDialog)
        self.requesterTypeCombo.setObjectName(u"requesterTypeCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requesterTypeCombo)

        self.requesterDocumentLabel = QLabel(AuthenticateDialog)
        self.requesterDocumentLabel.setObjectName(u"requesterDocumentLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requesterDocumentLabel)

        self.requesterDocumentEdit = QLineEdit(AuthenticateDialog)
        self.requesterDocumentEdit.setObjectName(u"requesterDocumentEdit")
        self.requesterDocumentEdit.setMaxLength(20)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requesterDocumentEdit)

        self.requesterNameLabel = QLabel(AuthenticateDialog)
        self.requesterNameLabel.setObjectName(u"requesterNameLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.requesterNameLabel)

        self.requesterNameEdit = QLineEdit(AuthenticateDialog)
        self.requesterNameEdit.setObjectName(u"requesterNameEdit")
        self.requesterNameEdit.setMaxLength(250)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.requesterNameEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(AuthenticateDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AuthenticateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.officerLabel.setBuddy(self.officerCombo)
        self.documentLabel.setBuddy(self.documentEdit)
        self.foliosLabel.setBuddy(self.foliosSpin)
        self.requesterTypeLabel.setBuddy(self.requesterTypeCombo)
        self.requesterDocumentLabel.setBuddy(self.requesterDocumentEdit)
        self.requesterNameLabel.setBuddy(self.requesterNameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officerCombo, self.documentEdit)
        QWidget.setTabOrder(self.documentEdit, self.foliosSpin)
        QWidget.setTabOrder(self.foliosSpin, self.requesterTypeCombo)
        QWidget.setTabOrder(self.requesterTypeCombo, self.requesterDocumentEdit)
        QWidget.setTabOrder(self.requesterDocumentEdit, self.requesterNameEdit)
        QWidget.setTabOrder(self.requesterNameEdit, self.buttonBox)

        self.retranslateUi(AuthenticateDialog)
    # setupUi

    def retranslateUi(self, AuthenticateDialog):
        AuthenticateDialog.setWindowTitle(QCoreApplication.translate("AuthenticateDialog", u"Autenticar copia", None))
        self.headingLabel.setText("")
        self.officerLabel.setText(QCoreApplication.translate("AuthenticateDialog", u"&Fedatario:", None))
        self.documentLabel.setText(QCoreApplication.translate("AuthenticateDialog", u"&Documento copiado:", None))
        self.foliosLabel.setText(QCoreApplication.translate("AuthenticateDialog", u"F&olios:", None))
        self.requesterTypeLabel.setText(QCoreApplication.translate("AuthenticateDialog", u"&Documento del solicitante:", None))
        self.requesterDocumentLabel.setText(QCoreApplication.translate("AuthenticateDialog", u"&N\u00famero:", None))
        self.requesterNameLabel.setText(QCoreApplication.translate("AuthenticateDialog", u"&Solicitante:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("AuthenticateDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
