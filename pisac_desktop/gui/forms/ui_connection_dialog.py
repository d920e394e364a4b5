# Generated from ui/connection_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: a94bd0cf884a72d4ecc4af0a676f1e3ea1519c01b7690cb6cdddc0c2ce7ad856
# uic: uic 6.11.3
# output-sha256: 148be346ad5e4f36196d51d54f97a84de1886b3a2092b4ec407b976b4fb0d26b
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connection_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ConnectionDialog(object):
    def setupUi(self, ConnectionDialog):
        if not ConnectionDialog.objectName():
            ConnectionDialog.setObjectName(u"ConnectionDialog")
        ConnectionDialog.resize(680, 560)
        ConnectionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ConnectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(ConnectionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.localRadio = QRadioButton(ConnectionDialog)
        self.localRadio.setObjectName(u"localRadio")
        self.localRadio.setChecked(True)

        self.dialogLayout.addWidget(self.localRadio)

        self.localPathLabel = QLabel(ConnectionDialog)
        self.localPathLabel.setObjectName(u"localPathLabel")
        self.localPathLabel.setWordWrap(True)
        self.localPathLabel.setIndent(24)
        self.localPathLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.localPathLabel)

        self.serverRadio = QRadioButton(ConnectionDialog)
        self.serverRadio.setObjectName(u"serverRadio")

        self.dialogLayout.addWidget(self.serverRadio)

        self.serverWidget = QWidget(ConnectionDialog)
        self.serverWidget.setObjectName(u"serverWidget")
        self.form = QFormLayout(self.serverWidget)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form.setContentsMargins(24, 0, 0, 0)
        self.hostLabel = QLabel(self.serverWidget)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(self.serverWidget)
        self.hostEdit.setObjectName(u"hostEdit")
        self.hostEdit.setMaxLength(255)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(self.serverWidget)
        self.portLabel.setObjectName(u"portLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(self.serverWidget)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.portSpin.sizePolicy().hasHeightForWidth())
        self.portSpin.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(self.serverWidget)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(self.serverWidget)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setMaxLength(63)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userLabel = QLabel(self.serverWidget)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.serverWidget)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(63)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(self.serverWidget)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.serverWidget)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(200)
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(self.serverWidget)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.serverWidget)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setMaxLength(200)
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.passwordHint = QLabel(self.serverWidget)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.passwordHint)


        self.dialogLayout.addWidget(self.serverWidget)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(ConnectionDialog)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.testLayout.addWidget(self.testButton)

        self.testSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testLayout.addItem(self.testSpacer)


        self.dialogLayout.addLayout(self.testLayout)

        self.resultLabel = QLabel(ConnectionDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.resultLabel)

        self.messageLabel = QLabel(ConnectionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(ConnectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.localRadio, self.serverRadio)
        QWidget.setTabOrder(self.serverRadio, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.testButton)

        self.retranslateUi(ConnectionDialog)
    # setupUi

    def retranslateUi(self, ConnectionDialog):
        ConnectionDialog.setWindowTitle(QCoreApplication.translate("ConnectionDialog", u"Conexi\u00f3n a la base de datos", None))
        self.hintLabel.setText(QCoreApplication.translate("ConnectionDialog", u"D\u00f3nde guarda sus datos Pisac Desktop en esta computadora. Si trabajan varias computadoras de la oficina sobre los mismos expedientes, todas se conectan al mismo servidor PostgreSQL. El cambio vale desde que el programa se abre de nuevo.", None))
        self.localRadio.setText(QCoreApplication.translate("ConnectionDialog", u"&Archivo en esta computadora (una sola PC)", None))
        self.localPathLabel.setStyleSheet(QCoreApplication.translate("ConnectionDialog", u"color: #555555;", None))
        self.localPathLabel.setText("")
        self.serverRadio.setText(QCoreApplication.translate("ConnectionDialog", u"&Servidor de la oficina (PostgreSQL, varias computadoras)", None))
        self.hostLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Ser&vidor:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"nombre o direcci\u00f3n IP, por ejemplo 192.168.1.10", None))
        self.portLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&Puerto:", None))
#if QT_CONFIG(tooltip)
        self.portSpin.setToolTip(QCoreApplication.translate("ConnectionDialog", u"El de PostgreSQL es 5432, salvo que el encargado de inform\u00e1tica haya elegido otro", None))
#endif // QT_CONFIG(tooltip)
        self.databaseLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&Base de datos:", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"por ejemplo pisac", None))
        self.userLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&Usuario:", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"usuario de PostgreSQL, por ejemplo pisac_app", None))
        self.passwordLabel.setText(QCoreApplication.translate("ConnectionDialog", u"C&ontrase\u00f1a:", None))
        self.confirmLabel.setText(QCoreApplication.translate("ConnectionDialog", u"R&epita la contrase\u00f1a:", None))
#if QT_CONFIG(tooltip)
        self.confirmEdit.setToolTip(QCoreApplication.translate("ConnectionDialog", u"La contrase\u00f1a nueva, otra vez, para evitar un error de tipeo", None))
#endif // QT_CONFIG(tooltip)
        self.passwordHint.setStyleSheet(QCoreApplication.translate("ConnectionDialog", u"color: #555555;", None))
        self.passwordHint.setText(QCoreApplication.translate("ConnectionDialog", u"La contrase\u00f1a no se escribe en configuracion.ini: se guarda aparte, en un archivo de la carpeta de datos que solo puede leer su usuario de esta computadora.", None))
        self.testButton.setText(QCoreApplication.translate("ConnectionDialog", u"P&robar conexi\u00f3n", None))
        self.resultLabel.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("ConnectionDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
