# Generated from ui/tramite_note_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 492ab5c3492ae5b3196e86154a5241bf1f24c0f62b76c48e4a735349b688f676
# uic: uic 6.11.3
# output-sha256: b9d55de6c1a783565f3affd9559bf2c64f8d011bef03f76ba2c3f71c10c13646
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tramite_note_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_TramiteNoteDialog(object):
    def setupUi(self, TramiteNoteDialog):
        if not TramiteNoteDialog.objectName():
            TramiteNoteDialog.setObjectName(u"TramiteNoteDialog")
        TramiteNoteDialog.resize(600, 260)
        TramiteNoteDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TramiteNoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(TramiteNoteDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.noteLabel = QLabel(TramiteNoteDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(TramiteNoteDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(TramiteNoteDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TramiteNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(TramiteNoteDialog)
    # setupUi

    def retranslateUi(self, TramiteNoteDialog):
        TramiteNoteDialog.setWindowTitle(QCoreApplication.translate("TramiteNoteDialog", u"Expediente", None))
        self.headingLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("TramiteNoteDialog", u"&Nota:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("TramiteNoteDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
