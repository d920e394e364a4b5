# Generated from ui/council_minutes_approve_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 7079c0c5579bdca26d194dc21976720d196002c81f7f8bbf4a35d2b135afb3f2
# uic: uic 6.11.3
# output-sha256: af5a7fef050537ecd25629caec081445bc3febee247737f0f96d4fab766f1fa0
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_minutes_approve_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CouncilMinutesApproveDialog(object):
    def setupUi(self, CouncilMinutesApproveDialog):
        if not CouncilMinutesApproveDialog.objectName():
            CouncilMinutesApproveDialog.setObjectName(u"CouncilMinutesApproveDialog")
        CouncilMinutesApproveDialog.resize(620, 340)
        CouncilMinutesApproveDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncilMinutesApproveDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CouncilMinutesApproveDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(CouncilMinutesApproveDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.modeLabel = QLabel(CouncilMinutesApproveDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeLayout = QVBoxLayout()
        self.modeLayout.setObjectName(u"modeLayout")
        self.sameRadio = QRadioButton(CouncilMinutesApproveDialog)
        self.sameRadio.setObjectName(u"sameRadio")
        self.sameRadio.setChecked(True)

        self.modeLayout.addWidget(self.sameRadio)

        self.nextRadio = QRadioButton(CouncilMinutesApproveDialog)
        self.nextRadio.setObjectName(u"nextRadio")

        self.modeLayout.addWidget(self.nextRadio)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.modeLayout)

        self.sessionComboLabel = QLabel(CouncilMinutesApproveDialog)
        self.sessionComboLabel.setObjectName(u"sessionComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sessionComboLabel)

        self.sessionCombo = QComboBox(CouncilMinutesApproveDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sessionCombo)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CouncilMinutesApproveDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CouncilMinutesApproveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sessionComboLabel.setBuddy(self.sessionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sameRadio, self.nextRadio)
        QWidget.setTabOrder(self.nextRadio, self.sessionCombo)

        self.retranslateUi(CouncilMinutesApproveDialog)
    # setupUi

    def retranslateUi(self, CouncilMinutesApproveDialog):
        CouncilMinutesApproveDialog.setWindowTitle(QCoreApplication.translate("CouncilMinutesApproveDialog", u"Aprobaci\u00f3n del acta", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("CouncilMinutesApproveDialog", u"El acta se aprueba al t\u00e9rmino de la misma sesi\u00f3n o al inicio de la siguiente. Los acuerdos tomados \u00abcon dispensa del tr\u00e1mite de lectura y aprobaci\u00f3n del acta\u00bb rigen desde ya: se marcan en la pesta\u00f1a Votaciones.", None))
        self.modeLabel.setText(QCoreApplication.translate("CouncilMinutesApproveDialog", u"Se aprob\u00f3:", None))
        self.sameRadio.setText(QCoreApplication.translate("CouncilMinutesApproveDialog", u"Al t\u00e9rmino de la &misma sesi\u00f3n", None))
        self.nextRadio.setText(QCoreApplication.translate("CouncilMinutesApproveDialog", u"En la sesi\u00f3n &siguiente:", None))
        self.sessionComboLabel.setText(QCoreApplication.translate("CouncilMinutesApproveDialog", u"S&esi\u00f3n:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilMinutesApproveDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
