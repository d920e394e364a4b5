# Generated from ui/instrument_link_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 8722ff175755dcf52dbcc3a3d507fde7cb503002432a1c14a9e44e46054340e8
# uic: uic 6.11.3
# output-sha256: 52788f8b9d506eee0cf02f5b6c7142946c768455f0e92dc36da1636894bf7662
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_link_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_InstrumentLinkDialog(object):
    def setupUi(self, InstrumentLinkDialog):
        if not InstrumentLinkDialog.objectName():
            InstrumentLinkDialog.setObjectName(u"InstrumentLinkDialog")
        InstrumentLinkDialog.resize(620, 460)
        self.dialogLayout = QVBoxLayout(InstrumentLinkDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(InstrumentLinkDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.relationComboLabel = QLabel(InstrumentLinkDialog)
        self.relationComboLabel.setObjectName(u"relationComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.relationComboLabel)

        self.relationCombo = QComboBox(InstrumentLinkDialog)
        self.relationCombo.setObjectName(u"relationCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.relationCombo)

        self.searchEditLabel = QLabel(InstrumentLinkDialog)
        self.searchEditLabel.setObjectName(u"searchEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.searchEditLabel)

        self.searchEdit = QLineEdit(InstrumentLinkDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.searchEdit)


        self.dialogLayout.addLayout(self.form)

        self.candidatesList = QListWidget(InstrumentLinkDialog)
        self.candidatesList.setObjectName(u"candidatesList")
        self.candidatesList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.candidatesList)

        self.messageLabel = QLabel(InstrumentLinkDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InstrumentLinkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.relationComboLabel.setBuddy(self.relationCombo)
        self.searchEditLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.relationCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.candidatesList)

        self.retranslateUi(InstrumentLinkDialog)
    # setupUi

    def retranslateUi(self, InstrumentLinkDialog):
        InstrumentLinkDialog.setWindowTitle(QCoreApplication.translate("InstrumentLinkDialog", u"Enlazar con otro documento", None))
        self.headingLabel.setText("")
        self.relationComboLabel.setText(QCoreApplication.translate("InstrumentLinkDialog", u"&Este documento:", None))
        self.searchEditLabel.setText(QCoreApplication.translate("InstrumentLinkDialog", u"&Buscar:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InstrumentLinkDialog", u"N\u00famero o palabras de la sumilla (p. ej. 045 o licencia)", None))
#if QT_CONFIG(accessibility)
        self.candidatesList.setAccessibleName(QCoreApplication.translate("InstrumentLinkDialog", u"Documentos emitidos", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentLinkDialog", u"color: #8a1c1c", None))
        self.messageLabel.setText("")
    # retranslateUi
