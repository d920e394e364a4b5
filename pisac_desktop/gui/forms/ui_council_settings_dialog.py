# Generated from ui/council_settings_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 5bc69005d7a86547f64301329b2a21b6aca3a60a91d7253a69057da7825def98
# uic: uic 6.11.3
# output-sha256: 17febedbe1b0bb0861ab1150b4d6f334869969a3e64d00e7ad7edd101c37ea15
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_settings_dialog.ui'
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CouncilSettingsDialog(object):
    def setupUi(self, CouncilSettingsDialog):
        if not CouncilSettingsDialog.objectName():
            CouncilSettingsDialog.setObjectName(u"CouncilSettingsDialog")
        CouncilSettingsDialog.resize(720, 600)
        CouncilSettingsDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncilSettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(CouncilSettingsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.ordinaryNoticeLabel = QLabel(CouncilSettingsDialog)
        self.ordinaryNoticeLabel.setObjectName(u"ordinaryNoticeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ordinaryNoticeLabel)

        self.ordinaryNoticeSpin = QSpinBox(CouncilSettingsDialog)
        self.ordinaryNoticeSpin.setObjectName(u"ordinaryNoticeSpin")
        self.ordinaryNoticeSpin.setMinimum(0)
        self.ordinaryNoticeSpin.setMaximum(30)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.ordinaryNoticeSpin.sizePolicy().hasHeightForWidth())
        self.ordinaryNoticeSpin.setSizePolicy(sizePolicy)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ordinaryNoticeSpin)

        self.extraordinaryNoticeCaption = QLabel(CouncilSettingsDialog)
        self.extraordinaryNoticeCaption.setObjectName(u"extraordinaryNoticeCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.extraordinaryNoticeCaption)

        self.extraordinaryNoticeLabel = QLabel(CouncilSettingsDialog)
        self.extraordinaryNoticeLabel.setObjectName(u"extraordinaryNoticeLabel")
        self.extraordinaryNoticeLabel.setWordWrap(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.extraordinaryNoticeLabel)

        self.signerLabel = QLabel(CouncilSettingsDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerCombo = QComboBox(CouncilSettingsDialog)
        self.signerCombo.setObjectName(u"signerCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerCombo)

        self.placeLabel = QLabel(CouncilSettingsDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(CouncilSettingsDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(300)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.timeLabel = QLabel(CouncilSettingsDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QLineEdit(CouncilSettingsDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setMaxLength(5)
        self.timeEdit.setMaximumSize(QSize(90, 16777215))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.documentsPlaceLabel = QLabel(CouncilSettingsDialog)
        self.documentsPlaceLabel.setObjectName(u"documentsPlaceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.documentsPlaceLabel)

        self.documentsPlaceEdit = QLineEdit(CouncilSettingsDialog)
        self.documentsPlaceEdit.setObjectName(u"documentsPlaceEdit")
        self.documentsPlaceEdit.setMaxLength(300)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.documentsPlaceEdit)

        self.folioWarningLabel = QLabel(CouncilSettingsDialog)
        self.folioWarningLabel.setObjectName(u"folioWarningLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.folioWarningLabel)

        self.folioWarningSpin = QSpinBox(CouncilSettingsDialog)
        self.folioWarningSpin.setObjectName(u"folioWarningSpin")
        self.folioWarningSpin.setMinimum(0)
        self.folioWarningSpin.setMaximum(999)
        sizePolicy.setHeightForWidth(self.folioWarningSpin.sizePolicy().hasHeightForWidth())
        self.folioWarningSpin.setSizePolicy(sizePolicy)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.folioWarningSpin)

        self.minutesSignersLabel = QLabel(CouncilSettingsDialog)
        self.minutesSignersLabel.setObjectName(u"minutesSignersLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.minutesSignersLabel)

        self.minutesSignersCombo = QComboBox(CouncilSettingsDialog)
        self.minutesSignersCombo.setObjectName(u"minutesSignersCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.minutesSignersCombo)

        self.minutesSignersHelp = QLabel(CouncilSettingsDialog)
        self.minutesSignersHelp.setObjectName(u"minutesSignersHelp")
        self.minutesSignersHelp.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.minutesSignersHelp)

        self.simpleMajorityLabel = QLabel(CouncilSettingsDialog)
        self.simpleMajorityLabel.setObjectName(u"simpleMajorityLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.simpleMajorityLabel)

        self.simpleMajorityCombo = QComboBox(CouncilSettingsDialog)
        self.simpleMajorityCombo.setObjectName(u"simpleMajorityCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.simpleMajorityCombo)

        self.simpleMajorityHelp = QLabel(CouncilSettingsDialog)
        self.simpleMajorityHelp.setObjectName(u"simpleMajorityHelp")
        self.simpleMajorityHelp.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.simpleMajorityHelp)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CouncilSettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CouncilSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ordinaryNoticeLabel.setBuddy(self.ordinaryNoticeSpin)
        self.signerLabel.setBuddy(self.signerCombo)
        self.placeLabel.setBuddy(self.placeEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.documentsPlaceLabel.setBuddy(self.documentsPlaceEdit)
        self.folioWarningLabel.setBuddy(self.folioWarningSpin)
        self.minutesSignersLabel.setBuddy(self.minutesSignersCombo)
        self.simpleMajorityLabel.setBuddy(self.simpleMajorityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ordinaryNoticeSpin, self.signerCombo)
        QWidget.setTabOrder(self.signerCombo, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.documentsPlaceEdit)
        QWidget.setTabOrder(self.documentsPlaceEdit, self.folioWarningSpin)
        QWidget.setTabOrder(self.folioWarningSpin, self.minutesSignersCombo)
        QWidget.setTabOrder(self.minutesSignersCombo, self.simpleMajorityCombo)

        self.retranslateUi(CouncilSettingsDialog)
    # setupUi

    def retranslateUi(self, CouncilSettingsDialog):
        CouncilSettingsDialog.setWindowTitle(QCoreApplication.translate("CouncilSettingsDialog", u"Concejo y citaciones", None))
        self.hintLabel.setText(QCoreApplication.translate("CouncilSettingsDialog", u"Valores que se proponen al programar una sesi\u00f3n y que llevan las citaciones. Los cambios valen para las sesiones que se programen desde ahora.", None))
        self.ordinaryNoticeLabel.setText(QCoreApplication.translate("CouncilSettingsDialog", u"Anticipaci\u00f3n de una &ordinaria:", None))
        self.ordinaryNoticeSpin.setSuffix(QCoreApplication.translate("CouncilSettingsDialog", u" d\u00edas h\u00e1biles", None))
#if QT_CONFIG(tooltip)
        self.ordinaryNoticeSpin.setToolTip(QCoreApplication.translate("CouncilSettingsDialog", u"M\u00ednimo que fija el Reglamento Interno del Concejo (en la pr\u00e1ctica, 2 d\u00edas h\u00e1biles)", None))
#endif // QT_CONFIG(tooltip)
        self.extraordinaryNoticeCaption.setText(QCoreApplication.translate("CouncilSettingsDialog", u"Anticipaci\u00f3n de una extraordinaria:", None))
        self.extraordinaryNoticeLabel.setText("")
        self.signerLabel.setText(QCoreApplication.translate("CouncilSettingsDialog", u"&Firma las citaciones:", None))
        self.placeLabel.setText(QCoreApplication.translate("CouncilSettingsDialog", u"&Lugar habitual:", None))
        self.timeLabel.setText(QCoreApplication.translate("CouncilSettingsDialog", u"&Hora habitual:", None))
        self.timeEdit.setPlaceholderText(QCoreApplication.translate("CouncilSettingsDialog", u"hh:mm", None))
        self.documentsPlaceLabel.setText(QCoreApplication.translate("CouncilSettingsDialog", u"&Documentos a disposici\u00f3n en:", None))
#if QT_CONFIG(tooltip)
        self.documentsPlaceEdit.setToolTip(QCoreApplication.translate("CouncilSettingsDialog", u"Se imprime en la citaci\u00f3n: \u00abLos documentos pueden consultarse en \u2026\u00bb", None))
#endif // QT_CONFIG(tooltip)
        self.folioWarningLabel.setText(QCoreApplication.translate("CouncilSettingsDialog", u"&Avisar cuando a un libro de actas le queden:", None))
        self.folioWarningSpin.setSuffix(QCoreApplication.translate("CouncilSettingsDialog", u" folios o menos", None))
        self.minutesSignersLabel.setText(QCoreApplication.translate("CouncilSettingsDialog", u"&Firman el acta:", None))
        self.minutesSignersHelp.setStyleSheet(QCoreApplication.translate("CouncilSettingsDialog", u"color: #555555;", None))
        self.minutesSignersHelp.setText("")
        self.simpleMajorityLabel.setText(QCoreApplication.translate("CouncilSettingsDialog", u"&Mayor\u00eda simple:", None))
        self.simpleMajorityHelp.setStyleSheet(QCoreApplication.translate("CouncilSettingsDialog", u"color: #555555;", None))
        self.simpleMajorityHelp.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilSettingsDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
