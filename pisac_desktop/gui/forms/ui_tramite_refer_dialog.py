# Generated from ui/tramite_refer_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: e44973ff04762b9fe0c077810fe97811466faf046e0be6c7a19631b9aaedb6c7
# uic: uic 6.11.3
# output-sha256: 8a7cded991e825c427813c17c78dab6cb13c05bfc2812682683cb4dad10e75c0
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tramite_refer_dialog.ui'
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

class Ui_TramiteReferDialog(object):
    def setupUi(self, TramiteReferDialog):
        if not TramiteReferDialog.objectName():
            TramiteReferDialog.setObjectName(u"TramiteReferDialog")
        TramiteReferDialog.resize(620, 340)
        TramiteReferDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TramiteReferDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(TramiteReferDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.unitLabel = QLabel(TramiteReferDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(TramiteReferDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.instructionLabel = QLabel(TramiteReferDialog)
        self.instructionLabel.setObjectName(u"instructionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.instructionLabel)

        self.instructionEdit = QPlainTextEdit(TramiteReferDialog)
        self.instructionEdit.setObjectName(u"instructionEdit")
        self.instructionEdit.setTabChangesFocus(True)
        self.instructionEdit.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.instructionEdit)

        self.foliosLabel = QLabel(TramiteReferDialog)
        self.foliosLabel.setObjectName(u"foliosLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.foliosLabel)

        self.foliosSpin = QSpinBox(TramiteReferDialog)
        self.foliosSpin.setObjectName(u"foliosSpin")
        self.foliosSpin.setMinimum(0)
        self.foliosSpin.setMaximum(9999)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.foliosSpin)

        self.deadlineLabel = QLabel(TramiteReferDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineSpin = QSpinBox(TramiteReferDialog)
        self.deadlineSpin.setObjectName(u"deadlineSpin")
        self.deadlineSpin.setMinimum(0)
        self.deadlineSpin.setMaximum(30)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineSpin)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(TramiteReferDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TramiteReferDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.instructionLabel.setBuddy(self.instructionEdit)
        self.foliosLabel.setBuddy(self.foliosSpin)
        self.deadlineLabel.setBuddy(self.deadlineSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitCombo, self.instructionEdit)
        QWidget.setTabOrder(self.instructionEdit, self.foliosSpin)
        QWidget.setTabOrder(self.foliosSpin, self.deadlineSpin)
        QWidget.setTabOrder(self.deadlineSpin, self.buttonBox)

        self.retranslateUi(TramiteReferDialog)
    # setupUi

    def retranslateUi(self, TramiteReferDialog):
        TramiteReferDialog.setWindowTitle(QCoreApplication.translate("TramiteReferDialog", u"Derivar expediente", None))
        self.headingLabel.setText("")
        self.unitLabel.setText(QCoreApplication.translate("TramiteReferDialog", u"&Unidad:", None))
        self.instructionLabel.setText(QCoreApplication.translate("TramiteReferDialog", u"&Prove\u00eddo:", None))
        self.foliosLabel.setText(QCoreApplication.translate("TramiteReferDialog", u"&Folios:", None))
        self.foliosSpin.setSpecialValueText(QCoreApplication.translate("TramiteReferDialog", u"Los mismos", None))
        self.deadlineLabel.setText(QCoreApplication.translate("TramiteReferDialog", u"P&lazo:", None))
        self.deadlineSpin.setSpecialValueText(QCoreApplication.translate("TramiteReferDialog", u"Sin plazo", None))
        self.deadlineSpin.setSuffix(QCoreApplication.translate("TramiteReferDialog", u" d\u00edas h\u00e1biles", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("TramiteReferDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
