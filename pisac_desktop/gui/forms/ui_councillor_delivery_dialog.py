# Generated from ui/councillor_delivery_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: b160b23cfecc6a6e30a5f1304361ecd378a1c4d8664296bd7ad97139fc00cfe5
# uic: uic 6.11.3
# output-sha256: 9365384f2635a6b05fd2d4e34a68d71e08d1fbcb02947f1c8f43abd8b4e6f1e3
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'councillor_delivery_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CouncillorDeliveryDialog(object):
    def setupUi(self, CouncillorDeliveryDialog):
        if not CouncillorDeliveryDialog.objectName():
            CouncillorDeliveryDialog.setObjectName(u"CouncillorDeliveryDialog")
        CouncillorDeliveryDialog.resize(620, 320)
        CouncillorDeliveryDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncillorDeliveryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CouncillorDeliveryDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.answerLabel = QLabel(CouncillorDeliveryDialog)
        self.answerLabel.setObjectName(u"answerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.answerLabel)

        self.answerEdit = QPlainTextEdit(CouncillorDeliveryDialog)
        self.answerEdit.setObjectName(u"answerEdit")
        self.answerEdit.setTabChangesFocus(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.answerEdit)

        self.receivedByLabel = QLabel(CouncillorDeliveryDialog)
        self.receivedByLabel.setObjectName(u"receivedByLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedByLabel)

        self.receivedByEdit = QLineEdit(CouncillorDeliveryDialog)
        self.receivedByEdit.setObjectName(u"receivedByEdit")
        self.receivedByEdit.setMaxLength(250)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedByEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CouncillorDeliveryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CouncillorDeliveryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.answerLabel.setBuddy(self.answerEdit)
        self.receivedByLabel.setBuddy(self.receivedByEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.answerEdit, self.receivedByEdit)
        QWidget.setTabOrder(self.receivedByEdit, self.buttonBox)

        self.retranslateUi(CouncillorDeliveryDialog)
    # setupUi

    def retranslateUi(self, CouncillorDeliveryDialog):
        CouncillorDeliveryDialog.setWindowTitle(QCoreApplication.translate("CouncillorDeliveryDialog", u"Entregar respuesta al regidor", None))
        self.headingLabel.setText("")
        self.answerLabel.setText(QCoreApplication.translate("CouncillorDeliveryDialog", u"&Qu\u00e9 se entrega:", None))
        self.answerEdit.setPlaceholderText(QCoreApplication.translate("CouncillorDeliveryDialog", u"El informe, el oficio o la informaci\u00f3n que responde el pedido", None))
        self.receivedByLabel.setText(QCoreApplication.translate("CouncillorDeliveryDialog", u"&Recibe y firma el cargo:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncillorDeliveryDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
