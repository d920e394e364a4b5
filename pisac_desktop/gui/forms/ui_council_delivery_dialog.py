# Generated from ui/council_delivery_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: a76a93d27263dc6f8de0a1aba5b7b855f192542748b1bb3af8f26751d93a13cb
# uic: uic 6.11.3
# output-sha256: 400dacc03091590ed779bec612940ae6de0faa336028c502d47aecf9a7c4aa5a
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_delivery_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CouncilDeliveryDialog(object):
    def setupUi(self, CouncilDeliveryDialog):
        if not CouncilDeliveryDialog.objectName():
            CouncilDeliveryDialog.setObjectName(u"CouncilDeliveryDialog")
        CouncilDeliveryDialog.resize(600, 360)
        CouncilDeliveryDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncilDeliveryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CouncilDeliveryDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(CouncilDeliveryDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.deliveredAtEditLabel = QLabel(CouncilDeliveryDialog)
        self.deliveredAtEditLabel.setObjectName(u"deliveredAtEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deliveredAtEditLabel)

        self.deliveredAtEdit = QDateTimeEdit(CouncilDeliveryDialog)
        self.deliveredAtEdit.setObjectName(u"deliveredAtEdit")
        self.deliveredAtEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deliveredAtEdit)

        self.methodComboLabel = QLabel(CouncilDeliveryDialog)
        self.methodComboLabel.setObjectName(u"methodComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.methodComboLabel)

        self.methodCombo = QComboBox(CouncilDeliveryDialog)
        self.methodCombo.setObjectName(u"methodCombo")
        self.methodCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.receivedByEditLabel = QLabel(CouncilDeliveryDialog)
        self.receivedByEditLabel.setObjectName(u"receivedByEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedByEditLabel)

        self.receivedByEdit = QLineEdit(CouncilDeliveryDialog)
        self.receivedByEdit.setObjectName(u"receivedByEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedByEdit)

        self.receiverDniEditLabel = QLabel(CouncilDeliveryDialog)
        self.receiverDniEditLabel.setObjectName(u"receiverDniEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receiverDniEditLabel)

        self.receiverDniEdit = QLineEdit(CouncilDeliveryDialog)
        self.receiverDniEdit.setObjectName(u"receiverDniEdit")
        self.receiverDniEdit.setMaxLength(8)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receiverDniEdit)

        self.imageButtonLabel = QLabel(CouncilDeliveryDialog)
        self.imageButtonLabel.setObjectName(u"imageButtonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.imageButtonLabel)

        self.imageLayout = QHBoxLayout()
        self.imageLayout.setObjectName(u"imageLayout")
        self.imageButton = QPushButton(CouncilDeliveryDialog)
        self.imageButton.setObjectName(u"imageButton")
        self.imageButton.setAutoDefault(False)

        self.imageLayout.addWidget(self.imageButton)

        self.imageLabel = QLabel(CouncilDeliveryDialog)
        self.imageLabel.setObjectName(u"imageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.imageLabel.sizePolicy().hasHeightForWidth())
        self.imageLabel.setSizePolicy(sizePolicy)

        self.imageLayout.addWidget(self.imageLabel)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.imageLayout)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CouncilDeliveryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CouncilDeliveryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.deliveredAtEditLabel.setBuddy(self.deliveredAtEdit)
        self.methodComboLabel.setBuddy(self.methodCombo)
        self.receivedByEditLabel.setBuddy(self.receivedByEdit)
        self.receiverDniEditLabel.setBuddy(self.receiverDniEdit)
        self.imageButtonLabel.setBuddy(self.imageButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.deliveredAtEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.receivedByEdit)
        QWidget.setTabOrder(self.receivedByEdit, self.receiverDniEdit)
        QWidget.setTabOrder(self.receiverDniEdit, self.imageButton)

        self.retranslateUi(CouncilDeliveryDialog)
    # setupUi

    def retranslateUi(self, CouncilDeliveryDialog):
        CouncilDeliveryDialog.setWindowTitle(QCoreApplication.translate("CouncilDeliveryDialog", u"Registrar entrega de la citaci\u00f3n", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("CouncilDeliveryDialog", u"Anote los datos del cargo de recepci\u00f3n firmado. El plazo legal se comprueba al guardar.", None))
        self.deliveredAtEditLabel.setText(QCoreApplication.translate("CouncilDeliveryDialog", u"&Fecha y hora:", None))
        self.deliveredAtEdit.setDisplayFormat(QCoreApplication.translate("CouncilDeliveryDialog", u"dd/MM/yyyy HH:mm", None))
        self.methodComboLabel.setText(QCoreApplication.translate("CouncilDeliveryDialog", u"&Forma de entrega:", None))
        self.receivedByEditLabel.setText(QCoreApplication.translate("CouncilDeliveryDialog", u"&Recibido por:", None))
        self.receivedByEdit.setPlaceholderText(QCoreApplication.translate("CouncilDeliveryDialog", u"Nombre de quien firm\u00f3 el cargo", None))
        self.receiverDniEditLabel.setText(QCoreApplication.translate("CouncilDeliveryDialog", u"&DNI:", None))
        self.receiverDniEdit.setPlaceholderText(QCoreApplication.translate("CouncilDeliveryDialog", u"8 d\u00edgitos (opcional)", None))
        self.imageButtonLabel.setText(QCoreApplication.translate("CouncilDeliveryDialog", u"&Cargo escaneado:", None))
        self.imageButton.setText(QCoreApplication.translate("CouncilDeliveryDialog", u"Adjuntar imagen\u2026", None))
#if QT_CONFIG(tooltip)
        self.imageButton.setToolTip(QCoreApplication.translate("CouncilDeliveryDialog", u"Foto o escaneo del cargo firmado (PNG o JPG, hasta 8 MB)", None))
#endif // QT_CONFIG(tooltip)
        self.imageLabel.setText(QCoreApplication.translate("CouncilDeliveryDialog", u"Sin imagen", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilDeliveryDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
