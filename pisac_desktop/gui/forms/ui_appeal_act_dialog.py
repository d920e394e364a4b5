# Generated from ui/appeal_act_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 247bd205ff3910ca05a9d1634a5b6af13dd60aa4fcc6c36bef0020cbdfbcd68b
# uic: uic 6.11.3
# output-sha256: 5d461f25920e7388169c38280e458dbdc8f065b0bc713b5fd06cf7d4e12a8f45
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_act_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AppealActDialog(object):
    def setupUi(self, AppealActDialog):
        if not AppealActDialog.objectName():
            AppealActDialog.setObjectName(u"AppealActDialog")
        AppealActDialog.resize(640, 380)
        AppealActDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AppealActDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(AppealActDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.choiceLabel = QLabel(AppealActDialog)
        self.choiceLabel.setObjectName(u"choiceLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.choiceLabel)

        self.choiceCombo = QComboBox(AppealActDialog)
        self.choiceCombo.setObjectName(u"choiceCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.choiceCombo)

        self.textLabel = QLabel(AppealActDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(AppealActDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.dialogLayout.addLayout(self.form)

        self.noticeLabel = QLabel(AppealActDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noticeLabel)

        self.messageLabel = QLabel(AppealActDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AppealActDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.choiceLabel.setBuddy(self.choiceCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choiceCombo, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.buttonBox)

        self.retranslateUi(AppealActDialog)
    # setupUi

    def retranslateUi(self, AppealActDialog):
        AppealActDialog.setWindowTitle(QCoreApplication.translate("AppealActDialog", u"Recursos y reclamos", None))
        self.headingLabel.setText("")
        self.choiceLabel.setText(QCoreApplication.translate("AppealActDialog", u"&Resultado:", None))
        self.textLabel.setText(QCoreApplication.translate("AppealActDialog", u"&Texto:", None))
        self.noticeLabel.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("AppealActDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
