# Generated from ui/instrument_notification_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 341a1d4d82a7e4e16dc165bab844b3c36ca74c304389ddf0e16d601ca6386e4e
# uic: uic 6.11.3
# output-sha256: 0453aeb8141d3717021abb66588b14f3e26e60dc8d7bc4c6c8b73d49c3d94bb2
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_notification_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_InstrumentNotificationDialog(object):
    def setupUi(self, InstrumentNotificationDialog):
        if not InstrumentNotificationDialog.objectName():
            InstrumentNotificationDialog.setObjectName(u"InstrumentNotificationDialog")
        InstrumentNotificationDialog.resize(660, 600)
        InstrumentNotificationDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InstrumentNotificationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InstrumentNotificationDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(InstrumentNotificationDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.notifiedAtEditLabel = QLabel(InstrumentNotificationDialog)
        self.notifiedAtEditLabel.setObjectName(u"notifiedAtEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notifiedAtEditLabel)

        self.notifiedAtEdit = QDateTimeEdit(InstrumentNotificationDialog)
        self.notifiedAtEdit.setObjectName(u"notifiedAtEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.notifiedAtEdit.sizePolicy().hasHeightForWidth())
        self.notifiedAtEdit.setSizePolicy(sizePolicy)
        self.notifiedAtEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notifiedAtEdit)

        self.howComboLabel = QLabel(InstrumentNotificationDialog)
        self.howComboLabel.setObjectName(u"howComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.howComboLabel)

        self.howCombo = QComboBox(InstrumentNotificationDialog)
        self.howCombo.setObjectName(u"howCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.howCombo)

        self.receivedByEditLabel = QLabel(InstrumentNotificationDialog)
        self.receivedByEditLabel.setObjectName(u"receivedByEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedByEditLabel)

        self.receivedByEdit = QLineEdit(InstrumentNotificationDialog)
        self.receivedByEdit.setObjectName(u"receivedByEdit")
        self.receivedByEdit.setMaxLength(400)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedByEdit)

        self.receiverDocumentEditLabel = QLabel(InstrumentNotificationDialog)
        self.receiverDocumentEditLabel.setObjectName(u"receiverDocumentEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receiverDocumentEditLabel)

        self.receiverDocumentEdit = QLineEdit(InstrumentNotificationDialog)
        self.receiverDocumentEdit.setObjectName(u"receiverDocumentEdit")
        self.receiverDocumentEdit.setMaxLength(20)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receiverDocumentEdit)

        self.relationEditLabel = QLabel(InstrumentNotificationDialog)
        self.relationEditLabel.setObjectName(u"relationEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.relationEditLabel)

        self.relationEdit = QLineEdit(InstrumentNotificationDialog)
        self.relationEdit.setObjectName(u"relationEdit")
        self.relationEdit.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.relationEdit)

        self.firstVisitEditLabel = QLabel(InstrumentNotificationDialog)
        self.firstVisitEditLabel.setObjectName(u"firstVisitEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.firstVisitEditLabel)

        self.firstVisitEdit = QDateTimeEdit(InstrumentNotificationDialog)
        self.firstVisitEdit.setObjectName(u"firstVisitEdit")
        sizePolicy.setHeightForWidth(self.firstVisitEdit.sizePolicy().hasHeightForWidth())
        self.firstVisitEdit.setSizePolicy(sizePolicy)
        self.firstVisitEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.firstVisitEdit)

        self.placeDescriptionEditLabel = QLabel(InstrumentNotificationDialog)
        self.placeDescriptionEditLabel.setObjectName(u"placeDescriptionEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.placeDescriptionEditLabel)

        self.placeDescriptionLayout = QVBoxLayout()
        self.placeDescriptionLayout.setObjectName(u"placeDescriptionLayout")
        self.placeDescriptionEdit = QPlainTextEdit(InstrumentNotificationDialog)
        self.placeDescriptionEdit.setObjectName(u"placeDescriptionEdit")
        self.placeDescriptionEdit.setTabChangesFocus(True)
        self.placeDescriptionEdit.setMaximumSize(QSize(16777215, 64))

        self.placeDescriptionLayout.addWidget(self.placeDescriptionEdit)

        self.placeDescriptionCounter = QLabel(InstrumentNotificationDialog)
        self.placeDescriptionCounter.setObjectName(u"placeDescriptionCounter")
        self.placeDescriptionCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.placeDescriptionLayout.addWidget(self.placeDescriptionCounter)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.placeDescriptionLayout)

        self.notifierNameEditLabel = QLabel(InstrumentNotificationDialog)
        self.notifierNameEditLabel.setObjectName(u"notifierNameEditLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notifierNameEditLabel)

        self.notifierNameEdit = QLineEdit(InstrumentNotificationDialog)
        self.notifierNameEdit.setObjectName(u"notifierNameEdit")
        self.notifierNameEdit.setMaxLength(400)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notifierNameEdit)

        self.notifierDniEditLabel = QLabel(InstrumentNotificationDialog)
        self.notifierDniEditLabel.setObjectName(u"notifierDniEditLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notifierDniEditLabel)

        self.notifierDniEdit = QLineEdit(InstrumentNotificationDialog)
        self.notifierDniEdit.setObjectName(u"notifierDniEdit")
        self.notifierDniEdit.setMaxLength(20)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notifierDniEdit)

        self.notesEditLabel = QLabel(InstrumentNotificationDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesLayout = QVBoxLayout()
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(InstrumentNotificationDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 56))

        self.notesLayout.addWidget(self.notesEdit)

        self.notesCounter = QLabel(InstrumentNotificationDialog)
        self.notesCounter.setObjectName(u"notesCounter")
        self.notesCounter.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.notesLayout.addWidget(self.notesCounter)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.notesLayout)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(InstrumentNotificationDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(InstrumentNotificationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.notifiedAtEditLabel.setBuddy(self.notifiedAtEdit)
        self.howComboLabel.setBuddy(self.howCombo)
        self.receivedByEditLabel.setBuddy(self.receivedByEdit)
        self.receiverDocumentEditLabel.setBuddy(self.receiverDocumentEdit)
        self.relationEditLabel.setBuddy(self.relationEdit)
        self.firstVisitEditLabel.setBuddy(self.firstVisitEdit)
        self.placeDescriptionEditLabel.setBuddy(self.placeDescriptionEdit)
        self.notifierNameEditLabel.setBuddy(self.notifierNameEdit)
        self.notifierDniEditLabel.setBuddy(self.notifierDniEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.notifiedAtEdit, self.howCombo)
        QWidget.setTabOrder(self.howCombo, self.receivedByEdit)
        QWidget.setTabOrder(self.receivedByEdit, self.receiverDocumentEdit)
        QWidget.setTabOrder(self.receiverDocumentEdit, self.relationEdit)
        QWidget.setTabOrder(self.relationEdit, self.firstVisitEdit)
        QWidget.setTabOrder(self.firstVisitEdit, self.placeDescriptionEdit)
        QWidget.setTabOrder(self.placeDescriptionEdit, self.notifierNameEdit)
        QWidget.setTabOrder(self.notifierNameEdit, self.notifierDniEdit)
        QWidget.setTabOrder(self.notifierDniEdit, self.notesEdit)

        self.retranslateUi(InstrumentNotificationDialog)
    # setupUi

    def retranslateUi(self, InstrumentNotificationDialog):
        InstrumentNotificationDialog.setWindowTitle(QCoreApplication.translate("InstrumentNotificationDialog", u"Registrar notificaci\u00f3n", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"Copie lo que el notificador anot\u00f3 en la constancia de la c\u00e9dula. La fecha de notificaci\u00f3n inicia el plazo de 15 d\u00edas h\u00e1biles para impugnar (TUO de la Ley N\u00b0 27444, art. 218.2).", None))
        self.notifiedAtEditLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"&Fecha y hora:", None))
        self.notifiedAtEdit.setDisplayFormat(QCoreApplication.translate("InstrumentNotificationDialog", u"dd/MM/yyyy HH:mm", None))
#if QT_CONFIG(tooltip)
        self.notifiedAtEdit.setToolTip(QCoreApplication.translate("InstrumentNotificationDialog", u"Cu\u00e1ndo se notific\u00f3, como consta en la c\u00e9dula (en bajo puerta: la segunda visita)", None))
#endif // QT_CONFIG(tooltip)
        self.howComboLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"F&orma:", None))
        self.receivedByEditLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"&Recibi\u00f3:", None))
        self.receivedByEdit.setPlaceholderText(QCoreApplication.translate("InstrumentNotificationDialog", u"Nombre de quien recibi\u00f3 (o de quien se neg\u00f3, si lo dijo)", None))
        self.receiverDocumentEditLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"&DNI de quien recibi\u00f3:", None))
        self.receiverDocumentEdit.setPlaceholderText(QCoreApplication.translate("InstrumentNotificationDialog", u"8 d\u00edgitos (o carn\u00e9 de extranjer\u00eda)", None))
        self.relationEditLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"Re&laci\u00f3n con el interesado:", None))
        self.relationEdit.setPlaceholderText(QCoreApplication.translate("InstrumentNotificationDialog", u"Si recibi\u00f3 otra persona: hijo, c\u00f3nyuge, trabajador\u2026 (art. 21.4)", None))
        self.firstVisitEditLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"&Primera visita (aviso):", None))
        self.firstVisitEdit.setDisplayFormat(QCoreApplication.translate("InstrumentNotificationDialog", u"dd/MM/yyyy HH:mm", None))
#if QT_CONFIG(tooltip)
        self.firstVisitEdit.setToolTip(QCoreApplication.translate("InstrumentNotificationDialog", u"Solo para bajo puerta: la visita en la que no se encontr\u00f3 a nadie y se dej\u00f3 el aviso (art. 21.5)", None))
#endif // QT_CONFIG(tooltip)
        self.placeDescriptionEditLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"Caracter\u00edsticas del &inmueble:", None))
        self.placeDescriptionEdit.setPlaceholderText(QCoreApplication.translate("InstrumentNotificationDialog", u"Si se neg\u00f3 o se dej\u00f3 bajo puerta: fachada, color, puerta, pisos, N\u00b0 de suministro (arts. 21.3 y 21.5)", None))
        self.placeDescriptionCounter.setStyleSheet(QCoreApplication.translate("InstrumentNotificationDialog", u"color: #555;", None))
        self.placeDescriptionCounter.setText("")
        self.notifierNameEditLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"&Notificador:", None))
        self.notifierNameEdit.setPlaceholderText(QCoreApplication.translate("InstrumentNotificationDialog", u"Nombre de quien entreg\u00f3 la c\u00e9dula", None))
        self.notifierDniEditLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"DNI del notifica&dor:", None))
        self.notifierDniEdit.setPlaceholderText(QCoreApplication.translate("InstrumentNotificationDialog", u"Obligatorio si se neg\u00f3 a recibir o se dej\u00f3 bajo puerta", None))
        self.notesEditLabel.setText(QCoreApplication.translate("InstrumentNotificationDialog", u"Ob&servaciones:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("InstrumentNotificationDialog", u"Opcional", None))
        self.notesCounter.setStyleSheet(QCoreApplication.translate("InstrumentNotificationDialog", u"color: #555;", None))
        self.notesCounter.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentNotificationDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
