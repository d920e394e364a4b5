# Generated from ui/tramite_document_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: cb6f048e2b436b1d5b162c0bf5f9883f610a80eb17a1c695d9247e15dc1bba01
# uic: uic 6.11.3
# output-sha256: 90224200dfd6772b7da8e20a0f150e5fe95c9fee8644869673f1e5e76660a9fc
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tramite_document_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_TramiteDocumentDialog(object):
    def setupUi(self, TramiteDocumentDialog):
        if not TramiteDocumentDialog.objectName():
            TramiteDocumentDialog.setObjectName(u"TramiteDocumentDialog")
        TramiteDocumentDialog.resize(760, 640)
        TramiteDocumentDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TramiteDocumentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(TramiteDocumentDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.kindLabel = QLabel(TramiteDocumentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(TramiteDocumentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.addresseeLabel = QLabel(TramiteDocumentDialog)
        self.addresseeLabel.setObjectName(u"addresseeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addresseeLabel)

        self.addresseeEdit = QLineEdit(TramiteDocumentDialog)
        self.addresseeEdit.setObjectName(u"addresseeEdit")
        self.addresseeEdit.setMaxLength(250)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addresseeEdit)

        self.postLabel = QLabel(TramiteDocumentDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postEdit = QLineEdit(TramiteDocumentDialog)
        self.postEdit.setObjectName(u"postEdit")
        self.postEdit.setMaxLength(250)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postEdit)

        self.addressLabel = QLabel(TramiteDocumentDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(TramiteDocumentDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.subjectLabel = QLabel(TramiteDocumentDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(TramiteDocumentDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setMaxLength(1000)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.referenceLabel = QLabel(TramiteDocumentDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(TramiteDocumentDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(1000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.bodyLabel = QLabel(TramiteDocumentDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(TramiteDocumentDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)
        self.bodyEdit.setMinimumSize(QSize(0, 220))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.signerLabel = QLabel(TramiteDocumentDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerEdit = QLineEdit(TramiteDocumentDialog)
        self.signerEdit.setObjectName(u"signerEdit")
        self.signerEdit.setMaxLength(250)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signerEdit)

        self.signerPostLabel = QLabel(TramiteDocumentDialog)
        self.signerPostLabel.setObjectName(u"signerPostLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signerPostLabel)

        self.signerPostEdit = QLineEdit(TramiteDocumentDialog)
        self.signerPostEdit.setObjectName(u"signerPostEdit")
        self.signerPostEdit.setMaxLength(250)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signerPostEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(TramiteDocumentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TramiteDocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.addresseeLabel.setBuddy(self.addresseeEdit)
        self.postLabel.setBuddy(self.postEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.signerLabel.setBuddy(self.signerEdit)
        self.signerPostLabel.setBuddy(self.signerPostEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.addresseeEdit)
        QWidget.setTabOrder(self.addresseeEdit, self.postEdit)
        QWidget.setTabOrder(self.postEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.signerEdit)
        QWidget.setTabOrder(self.signerEdit, self.signerPostEdit)
        QWidget.setTabOrder(self.signerPostEdit, self.buttonBox)

        self.retranslateUi(TramiteDocumentDialog)
    # setupUi

    def retranslateUi(self, TramiteDocumentDialog):
        TramiteDocumentDialog.setWindowTitle(QCoreApplication.translate("TramiteDocumentDialog", u"Documento de la unidad", None))
        self.headingLabel.setStyleSheet(QCoreApplication.translate("TramiteDocumentDialog", u"font-weight: bold;", None))
        self.headingLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("TramiteDocumentDialog", u"C&lase:", None))
        self.addresseeLabel.setText(QCoreApplication.translate("TramiteDocumentDialog", u"&Destinatario:", None))
        self.postLabel.setText(QCoreApplication.translate("TramiteDocumentDialog", u"Ca&rgo:", None))
        self.addressLabel.setText(QCoreApplication.translate("TramiteDocumentDialog", u"Di&recci\u00f3n:", None))
        self.subjectLabel.setText(QCoreApplication.translate("TramiteDocumentDialog", u"A&sunto:", None))
        self.referenceLabel.setText(QCoreApplication.translate("TramiteDocumentDialog", u"Re&ferencia:", None))
        self.bodyLabel.setText(QCoreApplication.translate("TramiteDocumentDialog", u"&Texto:", None))
        self.signerLabel.setText(QCoreApplication.translate("TramiteDocumentDialog", u"&Firma:", None))
        self.signerEdit.setPlaceholderText(QCoreApplication.translate("TramiteDocumentDialog", u"Vac\u00edo: el responsable de la unidad el d\u00eda que se emita", None))
        self.signerPostLabel.setText(QCoreApplication.translate("TramiteDocumentDialog", u"Cargo de &quien firma:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("TramiteDocumentDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
