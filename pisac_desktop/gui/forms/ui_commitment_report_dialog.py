# Generated from ui/commitment_report_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 66e371d537ac8362805198b8ea0edc69fda345e54a53fd54c15f42bb815258dd
# uic: uic 6.11.3
# output-sha256: 4118721718615df67598e7ede8d12d6ee21171cbcc78eb6c5b3e042403339a7a
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitment_report_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_CommitmentReportDialog(object):
    def setupUi(self, CommitmentReportDialog):
        if not CommitmentReportDialog.objectName():
            CommitmentReportDialog.setObjectName(u"CommitmentReportDialog")
        CommitmentReportDialog.resize(720, 560)
        CommitmentReportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CommitmentReportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CommitmentReportDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.stateLabel = QLabel(CommitmentReportDialog)
        self.stateLabel.setObjectName(u"stateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateLayout = QHBoxLayout()
        self.stateLayout.setObjectName(u"stateLayout")
        self.stateCombo = QComboBox(CommitmentReportDialog)
        self.stateCombo.setObjectName(u"stateCombo")

        self.stateLayout.addWidget(self.stateCombo)

        self.percentLabel = QLabel(CommitmentReportDialog)
        self.percentLabel.setObjectName(u"percentLabel")

        self.stateLayout.addWidget(self.percentLabel)

        self.percentSpin = QSpinBox(CommitmentReportDialog)
        self.percentSpin.setObjectName(u"percentSpin")
        self.percentSpin.setMinimum(0)
        self.percentSpin.setMaximum(100)
        self.percentSpin.setSingleStep(10)

        self.stateLayout.addWidget(self.percentSpin)

        self.stateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stateLayout.addItem(self.stateSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.stateLayout)

        self.noteLabel = QLabel(CommitmentReportDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(CommitmentReportDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.reasonLabel = QLabel(CommitmentReportDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(CommitmentReportDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(2000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.evidenceLabel = QLabel(CommitmentReportDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceLayout = QHBoxLayout()
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceSearchEdit = QLineEdit(CommitmentReportDialog)
        self.evidenceSearchEdit.setObjectName(u"evidenceSearchEdit")
        self.evidenceSearchEdit.setClearButtonEnabled(True)

        self.evidenceLayout.addWidget(self.evidenceSearchEdit)

        self.evidenceCombo = QComboBox(CommitmentReportDialog)
        self.evidenceCombo.setObjectName(u"evidenceCombo")
        self.evidenceCombo.setMinimumContentsLength(30)

        self.evidenceLayout.addWidget(self.evidenceCombo)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.evidenceLayout)

        self.caseLabel = QLabel(CommitmentReportDialog)
        self.caseLabel.setObjectName(u"caseLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.caseLabel)

        self.caseEdit = QLineEdit(CommitmentReportDialog)
        self.caseEdit.setObjectName(u"caseEdit")
        self.caseEdit.setMaxLength(40)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.caseEdit)

        self.fileLabel = QLabel(CommitmentReportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(CommitmentReportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.fileButton = QPushButton(CommitmentReportDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.fileLayout.addWidget(self.fileButton)

        self.fileClearButton = QPushButton(CommitmentReportDialog)
        self.fileClearButton.setObjectName(u"fileClearButton")

        self.fileLayout.addWidget(self.fileClearButton)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.fileLayout)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CommitmentReportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CommitmentReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
        self.percentLabel.setBuddy(self.percentSpin)
        self.noteLabel.setBuddy(self.noteEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.evidenceLabel.setBuddy(self.evidenceSearchEdit)
        self.caseLabel.setBuddy(self.caseEdit)
        self.fileLabel.setBuddy(self.fileButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stateCombo, self.percentSpin)
        QWidget.setTabOrder(self.percentSpin, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.evidenceSearchEdit)
        QWidget.setTabOrder(self.evidenceSearchEdit, self.evidenceCombo)
        QWidget.setTabOrder(self.evidenceCombo, self.caseEdit)
        QWidget.setTabOrder(self.caseEdit, self.fileButton)
        QWidget.setTabOrder(self.fileButton, self.fileClearButton)
        QWidget.setTabOrder(self.fileClearButton, self.buttonBox)

        self.retranslateUi(CommitmentReportDialog)
    # setupUi

    def retranslateUi(self, CommitmentReportDialog):
        CommitmentReportDialog.setWindowTitle(QCoreApplication.translate("CommitmentReportDialog", u"Informar el avance de un compromiso", None))
        self.headingLabel.setText("")
        self.stateLabel.setText(QCoreApplication.translate("CommitmentReportDialog", u"&Estado:", None))
        self.percentLabel.setText(QCoreApplication.translate("CommitmentReportDialog", u"A&vance:", None))
        self.percentSpin.setSuffix(QCoreApplication.translate("CommitmentReportDialog", u" %", None))
        self.noteLabel.setText(QCoreApplication.translate("CommitmentReportDialog", u"&Qu\u00e9 se hizo:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CommitmentReportDialog", u"El avance que se informa: lo hecho, lo que falta, cu\u00e1ndo se espera terminar", None))
        self.reasonLabel.setText(QCoreApplication.translate("CommitmentReportDialog", u"&Por qu\u00e9 no aplica:", None))
        self.evidenceLabel.setText(QCoreApplication.translate("CommitmentReportDialog", u"&Documento emitido:", None))
        self.evidenceSearchEdit.setPlaceholderText(QCoreApplication.translate("CommitmentReportDialog", u"Palabras o n\u00famero, y Enter", None))
#if QT_CONFIG(accessibility)
        self.evidenceCombo.setAccessibleName(QCoreApplication.translate("CommitmentReportDialog", u"Documento emitido encontrado", None))
#endif // QT_CONFIG(accessibility)
        self.caseLabel.setText(QCoreApplication.translate("CommitmentReportDialog", u"E&xpediente:", None))
        self.caseEdit.setPlaceholderText(QCoreApplication.translate("CommitmentReportDialog", u"Opcional: su n\u00famero, por ejemplo 2026-000123", None))
        self.fileLabel.setText(QCoreApplication.translate("CommitmentReportDialog", u"&Archivo escaneado:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("CommitmentReportDialog", u"Archivo escaneado elegido", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("CommitmentReportDialog", u"Opcional: PDF o imagen", None))
        self.fileButton.setText(QCoreApplication.translate("CommitmentReportDialog", u"Elegir\u2026", None))
        self.fileClearButton.setText(QCoreApplication.translate("CommitmentReportDialog", u"Quitar", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CommitmentReportDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
