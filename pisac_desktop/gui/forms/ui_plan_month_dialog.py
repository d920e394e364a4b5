# Generated from ui/plan_month_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 877300f488c1c1bf9452e6e64480d2ff45ac45f75cd99caf2a3039dec2a8a5b7
# uic: uic 6.11.3
# output-sha256: 56336a4d5bb119adb769f4b707b3ef0ebf18f7667c7e0e17694768cc7b04f650
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_month_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PlanMonthDialog(object):
    def setupUi(self, PlanMonthDialog):
        if not PlanMonthDialog.objectName():
            PlanMonthDialog.setObjectName(u"PlanMonthDialog")
        PlanMonthDialog.resize(620, 300)
        PlanMonthDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PlanMonthDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(PlanMonthDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.monthLabel = QLabel(PlanMonthDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthCombo = QComboBox(PlanMonthDialog)
        self.monthCombo.setObjectName(u"monthCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.monthCombo)

        self.actualLabel = QLabel(PlanMonthDialog)
        self.actualLabel.setObjectName(u"actualLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.actualLabel)

        self.actualLayout = QHBoxLayout()
        self.actualLayout.setObjectName(u"actualLayout")
        self.actualSpin = QSpinBox(PlanMonthDialog)
        self.actualSpin.setObjectName(u"actualSpin")
        self.actualSpin.setMaximum(1000000)

        self.actualLayout.addWidget(self.actualSpin)

        self.targetLabel = QLabel(PlanMonthDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.actualLayout.addWidget(self.targetLabel)

        self.actualSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actualLayout.addItem(self.actualSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.actualLayout)

        self.noteLabel = QLabel(PlanMonthDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(PlanMonthDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(1000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(PlanMonthDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PlanMonthDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.monthCombo)
        self.actualLabel.setBuddy(self.actualSpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthCombo, self.actualSpin)
        QWidget.setTabOrder(self.actualSpin, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(PlanMonthDialog)
    # setupUi

    def retranslateUi(self, PlanMonthDialog):
        PlanMonthDialog.setWindowTitle(QCoreApplication.translate("PlanMonthDialog", u"Informar el avance del mes", None))
        self.headingLabel.setText("")
        self.monthLabel.setText(QCoreApplication.translate("PlanMonthDialog", u"&Mes:", None))
        self.actualLabel.setText(QCoreApplication.translate("PlanMonthDialog", u"&Ejecutado:", None))
        self.targetLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("PlanMonthDialog", u"C&omentario:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("PlanMonthDialog", u"Opcional: lo logrado o por qu\u00e9 no se lleg\u00f3 a la meta", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("PlanMonthDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
