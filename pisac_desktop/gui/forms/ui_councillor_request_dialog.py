# Generated from ui/councillor_request_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: c4568094c05061421c62f8b4d733d90fd5283836cf8de5036e4b5029997fe28a
# uic: uic 6.11.3
# output-sha256: 83996dde3a9ffcf13ae380e8dedde5ecac6e14265428c128dc8ba0b08be8fb3e
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'councillor_request_dialog.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_CouncillorRequestDialog(object):
    def setupUi(self, CouncillorRequestDialog):
        if not CouncillorRequestDialog.objectName():
            CouncillorRequestDialog.setObjectName(u"CouncillorRequestDialog")
        CouncillorRequestDialog.resize(700, 460)
        CouncillorRequestDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncillorRequestDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CouncillorRequestDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.memberLabel = QLabel(CouncillorRequestDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(CouncillorRequestDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.kindLabel = QLabel(CouncillorRequestDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CouncillorRequestDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.subjectLabel = QLabel(CouncillorRequestDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QPlainTextEdit(CouncillorRequestDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.unitLabel = QLabel(CouncillorRequestDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(CouncillorRequestDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.sessionLabel = QLabel(CouncillorRequestDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(CouncillorRequestDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.foliosLabel = QLabel(CouncillorRequestDialog)
        self.foliosLabel.setObjectName(u"foliosLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.foliosLabel)

        self.foliosSpin = QSpinBox(CouncillorRequestDialog)
        self.foliosSpin.setObjectName(u"foliosSpin")
        self.foliosSpin.setMinimum(1)
        self.foliosSpin.setMaximum(500)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.foliosSpin)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CouncillorRequestDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CouncillorRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.foliosLabel.setBuddy(self.foliosSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.foliosSpin)
        QWidget.setTabOrder(self.foliosSpin, self.buttonBox)

        self.retranslateUi(CouncillorRequestDialog)
    # setupUi

    def retranslateUi(self, CouncillorRequestDialog):
        CouncillorRequestDialog.setWindowTitle(QCoreApplication.translate("CouncillorRequestDialog", u"Nuevo pedido de regidor", None))
        self.headingLabel.setText("")
        self.memberLabel.setText(QCoreApplication.translate("CouncillorRequestDialog", u"&Regidor(a):", None))
        self.kindLabel.setText(QCoreApplication.translate("CouncillorRequestDialog", u"&Pedido:", None))
        self.subjectLabel.setText(QCoreApplication.translate("CouncillorRequestDialog", u"&Qu\u00e9 pide:", None))
        self.unitLabel.setText(QCoreApplication.translate("CouncillorRequestDialog", u"&Unidad que atiende:", None))
        self.sessionLabel.setText(QCoreApplication.translate("CouncillorRequestDialog", u"En la &sesi\u00f3n:", None))
        self.foliosLabel.setText(QCoreApplication.translate("CouncillorRequestDialog", u"&Folios:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncillorRequestDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
