# Generated from ui/fedatario_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: e795c2be37b2fa678b78fbeb17ff9c73547630bb159c4136dc3286034aac5f45
# uic: uic 6.11.3
# output-sha256: 8d70f5433cf2aa2e940b95778508b9989d8649ba02d496ec149fe8c9ba25c99c
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fedatario_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FedatarioDialog(object):
    def setupUi(self, FedatarioDialog):
        if not FedatarioDialog.objectName():
            FedatarioDialog.setObjectName(u"FedatarioDialog")
        FedatarioDialog.resize(640, 420)
        FedatarioDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(FedatarioDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(FedatarioDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.fullNameLabel = QLabel(FedatarioDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(FedatarioDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(250)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.dniLabel = QLabel(FedatarioDialog)
        self.dniLabel.setObjectName(u"dniLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dniLabel)

        self.dniEdit = QLineEdit(FedatarioDialog)
        self.dniEdit.setObjectName(u"dniEdit")
        self.dniEdit.setMaxLength(8)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dniEdit)

        self.registrationLabel = QLabel(FedatarioDialog)
        self.registrationLabel.setObjectName(u"registrationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.registrationLabel)

        self.registrationEdit = QLineEdit(FedatarioDialog)
        self.registrationEdit.setObjectName(u"registrationEdit")
        self.registrationEdit.setMaxLength(40)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.registrationEdit)

        self.unitLabel = QLabel(FedatarioDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(FedatarioDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.designationLabel = QLabel(FedatarioDialog)
        self.designationLabel.setObjectName(u"designationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.designationLabel)

        self.designationEdit = QLineEdit(FedatarioDialog)
        self.designationEdit.setObjectName(u"designationEdit")
        self.designationEdit.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.designationEdit)

        self.sinceLabel = QLabel(FedatarioDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceEdit = QDateEdit(FedatarioDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sinceEdit)

        self.hasUntilLabel = QLabel(FedatarioDialog)
        self.hasUntilLabel.setObjectName(u"hasUntilLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hasUntilLabel)

        self.hasUntilCheck = QCheckBox(FedatarioDialog)
        self.hasUntilCheck.setObjectName(u"hasUntilCheck")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hasUntilCheck)

        self.untilLabel = QLabel(FedatarioDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilEdit = QDateEdit(FedatarioDialog)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.untilEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(FedatarioDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(FedatarioDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.dniLabel.setBuddy(self.dniEdit)
        self.registrationLabel.setBuddy(self.registrationEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.designationLabel.setBuddy(self.designationEdit)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.hasUntilLabel.setBuddy(self.hasUntilCheck)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.dniEdit)
        QWidget.setTabOrder(self.dniEdit, self.registrationEdit)
        QWidget.setTabOrder(self.registrationEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.designationEdit)
        QWidget.setTabOrder(self.designationEdit, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.hasUntilCheck)
        QWidget.setTabOrder(self.hasUntilCheck, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.buttonBox)

        self.retranslateUi(FedatarioDialog)
    # setupUi

    def retranslateUi(self, FedatarioDialog):
        FedatarioDialog.setWindowTitle(QCoreApplication.translate("FedatarioDialog", u"Designar fedatario", None))
        self.headingLabel.setText("")
        self.fullNameLabel.setText(QCoreApplication.translate("FedatarioDialog", u"&Nombre:", None))
        self.dniLabel.setText(QCoreApplication.translate("FedatarioDialog", u"&DNI:", None))
        self.registrationLabel.setText(QCoreApplication.translate("FedatarioDialog", u"&Registro:", None))
        self.registrationEdit.setPlaceholderText(QCoreApplication.translate("FedatarioDialog", u"Fedatario N\u00b0 03", None))
        self.unitLabel.setText(QCoreApplication.translate("FedatarioDialog", u"&Unidad:", None))
        self.designationLabel.setText(QCoreApplication.translate("FedatarioDialog", u"&Resoluci\u00f3n:", None))
        self.designationEdit.setPlaceholderText(QCoreApplication.translate("FedatarioDialog", u"Resoluci\u00f3n de Alcald\u00eda N\u00b0 012-2026-A-MDP", None))
        self.sinceLabel.setText(QCoreApplication.translate("FedatarioDialog", u"De&sde:", None))
        self.sinceEdit.setDisplayFormat(QCoreApplication.translate("FedatarioDialog", u"dd/MM/yyyy", None))
        self.hasUntilLabel.setText(QCoreApplication.translate("FedatarioDialog", u"Plazo:", None))
        self.hasUntilCheck.setText(QCoreApplication.translate("FedatarioDialog", u"Designado hasta una fecha", None))
        self.untilLabel.setText(QCoreApplication.translate("FedatarioDialog", u"&Hasta:", None))
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("FedatarioDialog", u"dd/MM/yyyy", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("FedatarioDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
