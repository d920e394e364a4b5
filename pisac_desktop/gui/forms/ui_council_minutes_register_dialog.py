# Generated from ui/council_minutes_register_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: ce6ce6d69c43c100a6175375ca177b14ba7bdb92a9ab5ca4aef8cb77a710b929
# uic: uic 6.11.3
# output-sha256: 28d7ddb7b194f29ea96b928f8048ee3748ec3170143013aa5d2146f427e4b435
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_minutes_register_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_CouncilMinutesRegisterDialog(object):
    def setupUi(self, CouncilMinutesRegisterDialog):
        if not CouncilMinutesRegisterDialog.objectName():
            CouncilMinutesRegisterDialog.setObjectName(u"CouncilMinutesRegisterDialog")
        CouncilMinutesRegisterDialog.resize(620, 360)
        CouncilMinutesRegisterDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncilMinutesRegisterDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CouncilMinutesRegisterDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(CouncilMinutesRegisterDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.bookComboLabel = QLabel(CouncilMinutesRegisterDialog)
        self.bookComboLabel.setObjectName(u"bookComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bookComboLabel)

        self.bookCombo = QComboBox(CouncilMinutesRegisterDialog)
        self.bookCombo.setObjectName(u"bookCombo")
        self.bookCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bookCombo)

        self.folioCountSpinLabel = QLabel(CouncilMinutesRegisterDialog)
        self.folioCountSpinLabel.setObjectName(u"folioCountSpinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folioCountSpinLabel)

        self.folioCountSpin = QSpinBox(CouncilMinutesRegisterDialog)
        self.folioCountSpin.setObjectName(u"folioCountSpin")
        self.folioCountSpin.setMinimum(0)
        self.folioCountSpin.setMaximum(500)
        self.folioCountSpin.setValue(2)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.folioCountSpin)

        self.firstFolioSpinLabel = QLabel(CouncilMinutesRegisterDialog)
        self.firstFolioSpinLabel.setObjectName(u"firstFolioSpinLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstFolioSpinLabel)

        self.firstFolioSpin = QSpinBox(CouncilMinutesRegisterDialog)
        self.firstFolioSpin.setObjectName(u"firstFolioSpin")
        self.firstFolioSpin.setMinimum(0)
        self.firstFolioSpin.setMaximum(2000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstFolioSpin)


        self.dialogLayout.addLayout(self.form)

        self.previewLabel = QLabel(CouncilMinutesRegisterDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.previewLabel)

        self.messageLabel = QLabel(CouncilMinutesRegisterDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CouncilMinutesRegisterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.bookComboLabel.setBuddy(self.bookCombo)
        self.folioCountSpinLabel.setBuddy(self.folioCountSpin)
        self.firstFolioSpinLabel.setBuddy(self.firstFolioSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bookCombo, self.folioCountSpin)
        QWidget.setTabOrder(self.folioCountSpin, self.firstFolioSpin)

        self.retranslateUi(CouncilMinutesRegisterDialog)
    # setupUi

    def retranslateUi(self, CouncilMinutesRegisterDialog):
        CouncilMinutesRegisterDialog.setWindowTitle(QCoreApplication.translate("CouncilMinutesRegisterDialog", u"Registrar el acta en el libro", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("CouncilMinutesRegisterDialog", u"El acta recibe el n\u00famero siguiente del libro y ocupa los folios que siguen a la \u00faltima acta registrada; los folios nunca se superponen con los de otra acta.", None))
        self.bookComboLabel.setText(QCoreApplication.translate("CouncilMinutesRegisterDialog", u"&Libro de actas:", None))
        self.folioCountSpinLabel.setText(QCoreApplication.translate("CouncilMinutesRegisterDialog", u"&Folios que ocupa:", None))
        self.firstFolioSpinLabel.setText(QCoreApplication.translate("CouncilMinutesRegisterDialog", u"&Primer folio:", None))
#if QT_CONFIG(tooltip)
        self.firstFolioSpin.setToolTip(QCoreApplication.translate("CouncilMinutesRegisterDialog", u"Normalmente el que sigue a la \u00faltima acta del libro", None))
#endif // QT_CONFIG(tooltip)
        self.previewLabel.setText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilMinutesRegisterDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
