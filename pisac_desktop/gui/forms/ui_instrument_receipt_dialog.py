# Generated from ui/instrument_receipt_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 97d19d13cff13878d40cd1ef323547686677b21c568b874acf3487965c57b3f8
# uic: uic 6.11.3
# output-sha256: 7a27ac227acc0495e2811f5d4e5c8fce5704cc7c74b040d22b097557efd69d3d
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_receipt_dialog.ui'
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
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_InstrumentReceiptDialog(object):
    def setupUi(self, InstrumentReceiptDialog):
        if not InstrumentReceiptDialog.objectName():
            InstrumentReceiptDialog.setObjectName(u"InstrumentReceiptDialog")
        InstrumentReceiptDialog.resize(600, 270)
        InstrumentReceiptDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InstrumentReceiptDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InstrumentReceiptDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(InstrumentReceiptDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.unitComboLabel = QLabel(InstrumentReceiptDialog)
        self.unitComboLabel.setObjectName(u"unitComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitComboLabel)

        self.unitCombo = QComboBox(InstrumentReceiptDialog)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.receivedByEditLabel = QLabel(InstrumentReceiptDialog)
        self.receivedByEditLabel.setObjectName(u"receivedByEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedByEditLabel)

        self.receivedByEdit = QLineEdit(InstrumentReceiptDialog)
        self.receivedByEdit.setObjectName(u"receivedByEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedByEdit)

        self.receivedAtEditLabel = QLabel(InstrumentReceiptDialog)
        self.receivedAtEditLabel.setObjectName(u"receivedAtEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedAtEditLabel)

        self.receivedAtEdit = QDateTimeEdit(InstrumentReceiptDialog)
        self.receivedAtEdit.setObjectName(u"receivedAtEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.receivedAtEdit.sizePolicy().hasHeightForWidth())
        self.receivedAtEdit.setSizePolicy(sizePolicy)
        self.receivedAtEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedAtEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(InstrumentReceiptDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(InstrumentReceiptDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitComboLabel.setBuddy(self.unitCombo)
        self.receivedByEditLabel.setBuddy(self.receivedByEdit)
        self.receivedAtEditLabel.setBuddy(self.receivedAtEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitCombo, self.receivedByEdit)
        QWidget.setTabOrder(self.receivedByEdit, self.receivedAtEdit)

        self.retranslateUi(InstrumentReceiptDialog)
    # setupUi

    def retranslateUi(self, InstrumentReceiptDialog):
        InstrumentReceiptDialog.setWindowTitle(QCoreApplication.translate("InstrumentReceiptDialog", u"Registrar cargo de recepci\u00f3n", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("InstrumentReceiptDialog", u"Anote el cargo firmado por la unidad que recibi\u00f3 el documento. Primero aparecen las unidades a las que se debe notificar.", None))
        self.unitComboLabel.setText(QCoreApplication.translate("InstrumentReceiptDialog", u"&Unidad org\u00e1nica:", None))
        self.receivedByEditLabel.setText(QCoreApplication.translate("InstrumentReceiptDialog", u"&Recibido por:", None))
        self.receivedByEdit.setPlaceholderText(QCoreApplication.translate("InstrumentReceiptDialog", u"Nombre de quien firm\u00f3 el cargo", None))
        self.receivedAtEditLabel.setText(QCoreApplication.translate("InstrumentReceiptDialog", u"&Fecha y hora:", None))
        self.receivedAtEdit.setDisplayFormat(QCoreApplication.translate("InstrumentReceiptDialog", u"dd/MM/yyyy HH:mm", None))
#if QT_CONFIG(tooltip)
        self.receivedAtEdit.setToolTip(QCoreApplication.translate("InstrumentReceiptDialog", u"Cu\u00e1ndo se recibi\u00f3, como consta en el cargo", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentReceiptDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
