# Generated from ui/information_officer_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 9fc1c9e35abd714cd7f9d028b793678e241ce867bb82e463e31da482a8fa88ce
# uic: uic 6.11.3
# output-sha256: ed02849b7b7c9608ed3ad4bc403ab91677d73ebbc6c03cb0a660fd639162199b
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'information_officer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_InformationOfficerDialog(object):
    def setupUi(self, InformationOfficerDialog):
        if not InformationOfficerDialog.objectName():
            InformationOfficerDialog.setObjectName(u"InformationOfficerDialog")
        InformationOfficerDialog.resize(680, 320)
        InformationOfficerDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InformationOfficerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InformationOfficerDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.fullNameLabel = QLabel(InformationOfficerDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(InformationOfficerDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(250)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.postLabel = QLabel(InformationOfficerDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.postEdit = QLineEdit(InformationOfficerDialog)
        self.postEdit.setObjectName(u"postEdit")
        self.postEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postEdit)

        self.unitLabel = QLabel(InformationOfficerDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(InformationOfficerDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.sinceLabel = QLabel(InformationOfficerDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceEdit = QDateEdit(InformationOfficerDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sinceEdit)

        self.resolutionLabel = QLabel(InformationOfficerDialog)
        self.resolutionLabel.setObjectName(u"resolutionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.resolutionLabel)

        self.resolutionCombo = QComboBox(InformationOfficerDialog)
        self.resolutionCombo.setObjectName(u"resolutionCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.resolutionCombo)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(InformationOfficerDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InformationOfficerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.postLabel.setBuddy(self.postEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.resolutionLabel.setBuddy(self.resolutionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.postEdit)
        QWidget.setTabOrder(self.postEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.resolutionCombo)
        QWidget.setTabOrder(self.resolutionCombo, self.buttonBox)

        self.retranslateUi(InformationOfficerDialog)
    # setupUi

    def retranslateUi(self, InformationOfficerDialog):
        InformationOfficerDialog.setWindowTitle(QCoreApplication.translate("InformationOfficerDialog", u"Funcionario responsable del acceso a la informaci\u00f3n", None))
        self.headingLabel.setText("")
        self.fullNameLabel.setText(QCoreApplication.translate("InformationOfficerDialog", u"&Nombre:", None))
        self.postLabel.setText(QCoreApplication.translate("InformationOfficerDialog", u"&Cargo:", None))
        self.unitLabel.setText(QCoreApplication.translate("InformationOfficerDialog", u"&Unidad:", None))
        self.sinceLabel.setText(QCoreApplication.translate("InformationOfficerDialog", u"&Desde:", None))
        self.sinceEdit.setDisplayFormat(QCoreApplication.translate("InformationOfficerDialog", u"dd/MM/yyyy", None))
        self.resolutionLabel.setText(QCoreApplication.translate("InformationOfficerDialog", u"&Designado por:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InformationOfficerDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
