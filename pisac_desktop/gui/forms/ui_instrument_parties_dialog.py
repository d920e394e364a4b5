# Generated from ui/instrument_parties_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 1a44a8a1f18a7eead0f4dfa6e6ebc39d1df321c22b1dfa9d22306c6d63260b28
# uic: uic 6.11.3
# output-sha256: 097f37b056625e20543264e8b54c38f7fcc9f827dc9dcbdbc66bcb591af6602e
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_parties_dialog.ui'
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_InstrumentPartiesDialog(object):
    def setupUi(self, InstrumentPartiesDialog):
        if not InstrumentPartiesDialog.objectName():
            InstrumentPartiesDialog.setObjectName(u"InstrumentPartiesDialog")
        InstrumentPartiesDialog.resize(760, 520)
        InstrumentPartiesDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(InstrumentPartiesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InstrumentPartiesDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.partiesList = QListWidget(InstrumentPartiesDialog)
        self.partiesList.setObjectName(u"partiesList")
        self.partiesList.setAlternatingRowColors(True)

        self.bodyLayout.addWidget(self.partiesList)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(InstrumentPartiesDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(InstrumentPartiesDialog)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(InstrumentPartiesDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.removeButton)

        self.cedulaButton = QPushButton(InstrumentPartiesDialog)
        self.cedulaButton.setObjectName(u"cedulaButton")
        self.cedulaButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cedulaButton)

        self.notifyButton = QPushButton(InstrumentPartiesDialog)
        self.notifyButton.setObjectName(u"notifyButton")
        self.notifyButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.notifyButton)

        self.buttonsSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.bodyLayout.addLayout(self.buttonsLayout)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.detailLabel = QLabel(InstrumentPartiesDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setTextFormat(Qt.RichText)
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.detailLabel)

        self.messageLabel = QLabel(InstrumentPartiesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InstrumentPartiesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.partiesList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.cedulaButton)
        QWidget.setTabOrder(self.cedulaButton, self.notifyButton)

        self.retranslateUi(InstrumentPartiesDialog)
    # setupUi

    def retranslateUi(self, InstrumentPartiesDialog):
        InstrumentPartiesDialog.setWindowTitle(QCoreApplication.translate("InstrumentPartiesDialog", u"Interesados y notificaci\u00f3n", None))
        self.headingLabel.setText("")
#if QT_CONFIG(accessibility)
        self.partiesList.setAccessibleName(QCoreApplication.translate("InstrumentPartiesDialog", u"Personas y empresas a las que se refiere", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("InstrumentPartiesDialog", u"&Agregar\u2026", None))
        self.editButton.setText(QCoreApplication.translate("InstrumentPartiesDialog", u"&Corregir\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("InstrumentPartiesDialog", u"&Quitar", None))
        self.cedulaButton.setText(QCoreApplication.translate("InstrumentPartiesDialog", u"&Imprimir c\u00e9dula\u2026", None))
#if QT_CONFIG(tooltip)
        self.cedulaButton.setToolTip(QCoreApplication.translate("InstrumentPartiesDialog", u"La primera vez se le da su n\u00famero, que ya no cambia", None))
#endif // QT_CONFIG(tooltip)
        self.notifyButton.setText(QCoreApplication.translate("InstrumentPartiesDialog", u"&Registrar notificaci\u00f3n\u2026", None))
        self.detailLabel.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentPartiesDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
