# Generated from ui/information_act_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: aeae925397a9b877f3aa5f167ab0e55c080351d654b195789f315befdfa4c73a
# uic: uic 6.11.3
# output-sha256: 5adfc0442c2ed39559ab506ef8abee89f644506a40260a3d2c31542d325d1661
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'information_act_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_InformationActDialog(object):
    def setupUi(self, InformationActDialog):
        if not InformationActDialog.objectName():
            InformationActDialog.setObjectName(u"InformationActDialog")
        InformationActDialog.resize(640, 380)
        InformationActDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InformationActDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InformationActDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.choiceLabel = QLabel(InformationActDialog)
        self.choiceLabel.setObjectName(u"choiceLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.choiceLabel)

        self.choiceCombo = QComboBox(InformationActDialog)
        self.choiceCombo.setObjectName(u"choiceCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.choiceCombo)

        self.exceptionLabel = QLabel(InformationActDialog)
        self.exceptionLabel.setObjectName(u"exceptionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.exceptionLabel)

        self.exceptionCombo = QComboBox(InformationActDialog)
        self.exceptionCombo.setObjectName(u"exceptionCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.exceptionCombo)

        self.dateLabel = QLabel(InformationActDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(InformationActDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.amountLabel = QLabel(InformationActDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountSpin = QDoubleSpinBox(InformationActDialog)
        self.amountSpin.setObjectName(u"amountSpin")
        self.amountSpin.setDecimals(2)
        self.amountSpin.setMaximum(99999.990000000005239)
        self.amountSpin.setSingleStep(0.100000000000000)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountSpin)

        self.lineLabel = QLabel(InformationActDialog)
        self.lineLabel.setObjectName(u"lineLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lineLabel)

        self.lineEdit = QLineEdit(InformationActDialog)
        self.lineEdit.setObjectName(u"lineEdit")
        self.lineEdit.setMaxLength(250)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lineEdit)

        self.textLabel = QLabel(InformationActDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(InformationActDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(InformationActDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InformationActDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.choiceLabel.setBuddy(self.choiceCombo)
        self.exceptionLabel.setBuddy(self.exceptionCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.amountLabel.setBuddy(self.amountSpin)
        self.lineLabel.setBuddy(self.lineEdit)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choiceCombo, self.exceptionCombo)
        QWidget.setTabOrder(self.exceptionCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.amountSpin)
        QWidget.setTabOrder(self.amountSpin, self.lineEdit)
        QWidget.setTabOrder(self.lineEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.buttonBox)

        self.retranslateUi(InformationActDialog)
    # setupUi

    def retranslateUi(self, InformationActDialog):
        InformationActDialog.setWindowTitle(QCoreApplication.translate("InformationActDialog", u"Solicitud de acceso a la informaci\u00f3n", None))
        self.headingLabel.setText("")
        self.choiceLabel.setText(QCoreApplication.translate("InformationActDialog", u"&Resultado:", None))
        self.exceptionLabel.setText(QCoreApplication.translate("InformationActDialog", u"E&xcepci\u00f3n:", None))
        self.dateLabel.setText(QCoreApplication.translate("InformationActDialog", u"&Nueva fecha:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("InformationActDialog", u"dd/MM/yyyy", None))
        self.amountLabel.setText(QCoreApplication.translate("InformationActDialog", u"&Monto (S/):", None))
        self.lineLabel.setText(QCoreApplication.translate("InformationActDialog", u"&Recibo:", None))
        self.textLabel.setText(QCoreApplication.translate("InformationActDialog", u"&Texto:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InformationActDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
