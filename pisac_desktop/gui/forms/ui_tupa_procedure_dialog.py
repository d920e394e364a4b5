# Generated from ui/tupa_procedure_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 67493bce2f536f02059b7bdccb7a673a026a45cef7a81b874785504932317609
# uic: uic 6.11.3
# output-sha256: 4627d93c0c071edba1a8b9b957edadb75e8f0c9e0e6d6413ddac1587e660ec6c
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tupa_procedure_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_TupaProcedureDialog(object):
    def setupUi(self, TupaProcedureDialog):
        if not TupaProcedureDialog.objectName():
            TupaProcedureDialog.setObjectName(u"TupaProcedureDialog")
        TupaProcedureDialog.resize(720, 560)
        TupaProcedureDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TupaProcedureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.codeLabel = QLabel(TupaProcedureDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(TupaProcedureDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(TupaProcedureDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TupaProcedureDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(300)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.requirementsLabel = QLabel(TupaProcedureDialog)
        self.requirementsLabel.setObjectName(u"requirementsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requirementsLabel)

        self.requirementsEdit = QPlainTextEdit(TupaProcedureDialog)
        self.requirementsEdit.setObjectName(u"requirementsEdit")
        self.requirementsEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requirementsEdit)

        self.feeLabel = QLabel(TupaProcedureDialog)
        self.feeLabel.setObjectName(u"feeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.feeLabel)

        self.feeEdit = QLineEdit(TupaProcedureDialog)
        self.feeEdit.setObjectName(u"feeEdit")
        self.feeEdit.setMaxLength(14)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.feeEdit)

        self.silenceLabel = QLabel(TupaProcedureDialog)
        self.silenceLabel.setObjectName(u"silenceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.silenceLabel)

        self.silenceCombo = QComboBox(TupaProcedureDialog)
        self.silenceCombo.setObjectName(u"silenceCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.silenceCombo)

        self.deadlineLabel = QLabel(TupaProcedureDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineSpin = QSpinBox(TupaProcedureDialog)
        self.deadlineSpin.setObjectName(u"deadlineSpin")
        self.deadlineSpin.setMaximum(30)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deadlineSpin)

        self.unitLabel = QLabel(TupaProcedureDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(TupaProcedureDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.resolvedByLabel = QLabel(TupaProcedureDialog)
        self.resolvedByLabel.setObjectName(u"resolvedByLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.resolvedByLabel)

        self.resolvedByEdit = QLineEdit(TupaProcedureDialog)
        self.resolvedByEdit.setObjectName(u"resolvedByEdit")
        self.resolvedByEdit.setMaxLength(300)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.resolvedByEdit)

        self.appealToLabel = QLabel(TupaProcedureDialog)
        self.appealToLabel.setObjectName(u"appealToLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.appealToLabel)

        self.appealToEdit = QLineEdit(TupaProcedureDialog)
        self.appealToEdit.setObjectName(u"appealToEdit")
        self.appealToEdit.setMaxLength(300)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.appealToEdit)

        self.activeCheck = QCheckBox(TupaProcedureDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(TupaProcedureDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TupaProcedureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.requirementsLabel.setBuddy(self.requirementsEdit)
        self.feeLabel.setBuddy(self.feeEdit)
        self.silenceLabel.setBuddy(self.silenceCombo)
        self.deadlineLabel.setBuddy(self.deadlineSpin)
        self.unitLabel.setBuddy(self.unitCombo)
        self.resolvedByLabel.setBuddy(self.resolvedByEdit)
        self.appealToLabel.setBuddy(self.appealToEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.requirementsEdit)
        QWidget.setTabOrder(self.requirementsEdit, self.feeEdit)
        QWidget.setTabOrder(self.feeEdit, self.silenceCombo)
        QWidget.setTabOrder(self.silenceCombo, self.deadlineSpin)
        QWidget.setTabOrder(self.deadlineSpin, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.resolvedByEdit)
        QWidget.setTabOrder(self.resolvedByEdit, self.appealToEdit)
        QWidget.setTabOrder(self.appealToEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.buttonBox)

        self.retranslateUi(TupaProcedureDialog)
    # setupUi

    def retranslateUi(self, TupaProcedureDialog):
        TupaProcedureDialog.setWindowTitle(QCoreApplication.translate("TupaProcedureDialog", u"Procedimiento del TUPA", None))
        self.codeLabel.setText(QCoreApplication.translate("TupaProcedureDialog", u"&C\u00f3digo:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("TupaProcedureDialog", u"p. ej. PA-05", None))
        self.nameLabel.setText(QCoreApplication.translate("TupaProcedureDialog", u"&Nombre:", None))
        self.requirementsLabel.setText(QCoreApplication.translate("TupaProcedureDialog", u"&Requisitos (uno por l\u00ednea):", None))
        self.feeLabel.setText(QCoreApplication.translate("TupaProcedureDialog", u"&Derecho de tr\u00e1mite (S/):", None))
        self.feeEdit.setPlaceholderText(QCoreApplication.translate("TupaProcedureDialog", u"0.00 si es gratuito", None))
        self.silenceLabel.setText(QCoreApplication.translate("TupaProcedureDialog", u"&Calificaci\u00f3n:", None))
        self.deadlineLabel.setText(QCoreApplication.translate("TupaProcedureDialog", u"&Plazo (d\u00edas h\u00e1biles):", None))
        self.unitLabel.setText(QCoreApplication.translate("TupaProcedureDialog", u"&Unidad a cargo:", None))
        self.resolvedByLabel.setText(QCoreApplication.translate("TupaProcedureDialog", u"R&esuelve:", None))
        self.appealToLabel.setText(QCoreApplication.translate("TupaProcedureDialog", u"Resuelve la &apelaci\u00f3n:", None))
        self.activeCheck.setText(QCoreApplication.translate("TupaProcedureDialog", u"&Vigente (se ofrece en Mesa de Partes)", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("TupaProcedureDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
