# Generated from ui/tramite_transfer_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 76976abbd0a52c0e96008db728c5796d3e5a465d2a4cac84db0f5e64d43adf9d
# uic: uic 6.11.3
# output-sha256: a301c45b0f8d7a6c1f9456e89c23b9daee940f4855fe40a153ea4f0cc90b8c15
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tramite_transfer_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_TramiteTransferDialog(object):
    def setupUi(self, TramiteTransferDialog):
        if not TramiteTransferDialog.objectName():
            TramiteTransferDialog.setObjectName(u"TramiteTransferDialog")
        TramiteTransferDialog.resize(760, 560)
        TramiteTransferDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TramiteTransferDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.unitLabel = QLabel(TramiteTransferDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(TramiteTransferDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.seriesLabel = QLabel(TramiteTransferDialog)
        self.seriesLabel.setObjectName(u"seriesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.seriesLabel)

        self.seriesEdit = QLineEdit(TramiteTransferDialog)
        self.seriesEdit.setObjectName(u"seriesEdit")
        self.seriesEdit.setMaxLength(300)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.seriesEdit)

        self.casesLabel = QLabel(TramiteTransferDialog)
        self.casesLabel.setObjectName(u"casesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.casesLabel)

        self.casesList = QListWidget(TramiteTransferDialog)
        self.casesList.setObjectName(u"casesList")
        self.casesList.setAlternatingRowColors(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.casesList)

        self.perBoxLabel = QLabel(TramiteTransferDialog)
        self.perBoxLabel.setObjectName(u"perBoxLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.perBoxLabel)

        self.perBoxSpin = QSpinBox(TramiteTransferDialog)
        self.perBoxSpin.setObjectName(u"perBoxSpin")
        self.perBoxSpin.setMinimum(1)
        self.perBoxSpin.setMaximum(500)
        self.perBoxSpin.setValue(20)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.perBoxSpin)

        self.notesLabel = QLabel(TramiteTransferDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(TramiteTransferDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.form)

        self.selectionButtons = QHBoxLayout()
        self.selectionButtons.setObjectName(u"selectionButtons")
        self.allButton = QPushButton(TramiteTransferDialog)
        self.allButton.setObjectName(u"allButton")

        self.selectionButtons.addWidget(self.allButton)

        self.noneButton = QPushButton(TramiteTransferDialog)
        self.noneButton.setObjectName(u"noneButton")

        self.selectionButtons.addWidget(self.noneButton)

        self.selectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectionButtons.addItem(self.selectionSpacer)


        self.dialogLayout.addLayout(self.selectionButtons)

        self.messageLabel = QLabel(TramiteTransferDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TramiteTransferDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.seriesLabel.setBuddy(self.seriesEdit)
        self.casesLabel.setBuddy(self.casesList)
        self.perBoxLabel.setBuddy(self.perBoxSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitCombo, self.seriesEdit)
        QWidget.setTabOrder(self.seriesEdit, self.casesList)
        QWidget.setTabOrder(self.casesList, self.perBoxSpin)
        QWidget.setTabOrder(self.perBoxSpin, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.allButton)
        QWidget.setTabOrder(self.allButton, self.noneButton)
        QWidget.setTabOrder(self.noneButton, self.buttonBox)

        self.retranslateUi(TramiteTransferDialog)
    # setupUi

    def retranslateUi(self, TramiteTransferDialog):
        TramiteTransferDialog.setWindowTitle(QCoreApplication.translate("TramiteTransferDialog", u"Nueva transferencia al Archivo Central", None))
        self.unitLabel.setText(QCoreApplication.translate("TramiteTransferDialog", u"&Unidad que transfiere:", None))
        self.seriesLabel.setText(QCoreApplication.translate("TramiteTransferDialog", u"&Serie documental:", None))
        self.seriesEdit.setPlaceholderText(QCoreApplication.translate("TramiteTransferDialog", u"p. ej. Expedientes de licencias de funcionamiento", None))
        self.casesLabel.setText(QCoreApplication.translate("TramiteTransferDialog", u"&Expedientes archivados:", None))
        self.perBoxLabel.setText(QCoreApplication.translate("TramiteTransferDialog", u"E&xpedientes por caja:", None))
        self.notesLabel.setText(QCoreApplication.translate("TramiteTransferDialog", u"&Observaciones:", None))
        self.allButton.setText(QCoreApplication.translate("TramiteTransferDialog", u"Marcar &todos", None))
        self.noneButton.setText(QCoreApplication.translate("TramiteTransferDialog", u"&Desmarcar todos", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("TramiteTransferDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
