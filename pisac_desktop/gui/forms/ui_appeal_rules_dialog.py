# Generated from ui/appeal_rules_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 9ac1f4d7f971f404b1f0a2b5641a5d5bf0578f3a31e11eb5f693f9b294fc3068
# uic: uic 6.11.3
# output-sha256: bae0028f10d09e27ceb3bd9dc5316b13bfef251fd875da460443452f68724c93
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appeal_rules_dialog.ui'
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
    QFormLayout, QHeaderView, QLabel, QSizePolicy,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AppealRulesDialog(object):
    def setupUi(self, AppealRulesDialog):
        if not AppealRulesDialog.objectName():
            AppealRulesDialog.setObjectName(u"AppealRulesDialog")
        AppealRulesDialog.resize(1100, 560)
        AppealRulesDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AppealRulesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(AppealRulesDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.rulesLabel = QLabel(AppealRulesDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rulesLabel)

        self.rulesTable = QTableWidget(AppealRulesDialog)
        self.rulesTable.setObjectName(u"rulesTable")
        self.rulesTable.setMinimumSize(QSize(0, 260))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rulesTable)

        self.complaintDaysLabel = QLabel(AppealRulesDialog)
        self.complaintDaysLabel.setObjectName(u"complaintDaysLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.complaintDaysLabel)

        self.complaintDaysSpin = QSpinBox(AppealRulesDialog)
        self.complaintDaysSpin.setObjectName(u"complaintDaysSpin")
        self.complaintDaysSpin.setMinimum(1)
        self.complaintDaysSpin.setMaximum(60)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.complaintDaysSpin)

        self.councillorDaysLabel = QLabel(AppealRulesDialog)
        self.councillorDaysLabel.setObjectName(u"councillorDaysLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.councillorDaysLabel)

        self.councillorDaysSpin = QSpinBox(AppealRulesDialog)
        self.councillorDaysSpin.setObjectName(u"councillorDaysSpin")
        self.councillorDaysSpin.setMinimum(1)
        self.councillorDaysSpin.setMaximum(60)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.councillorDaysSpin)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(AppealRulesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AppealRulesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.rulesLabel.setBuddy(self.rulesTable)
        self.complaintDaysLabel.setBuddy(self.complaintDaysSpin)
        self.councillorDaysLabel.setBuddy(self.councillorDaysSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rulesTable, self.complaintDaysSpin)
        QWidget.setTabOrder(self.complaintDaysSpin, self.councillorDaysSpin)
        QWidget.setTabOrder(self.councillorDaysSpin, self.buttonBox)

        self.retranslateUi(AppealRulesDialog)
    # setupUi

    def retranslateUi(self, AppealRulesDialog):
        AppealRulesDialog.setWindowTitle(QCoreApplication.translate("AppealRulesDialog", u"Recursos y plazos", None))
        self.headingLabel.setText(QCoreApplication.translate("AppealRulesDialog", u"Qui\u00e9n resuelve los recursos contra cada tipo de documento (TUO de la Ley 27444, arts. 219-220; Ley 27972, art. 50): sin \u00abReconsideraci\u00f3n ante\u00bb, no se registran recursos contra ese tipo; sin \u00abApelaci\u00f3n ante\u00bb, lo resuelto agota la v\u00eda administrativa. Y los plazos que fija la norma vigente o el reglamento interno del concejo.", None))
        self.rulesLabel.setText(QCoreApplication.translate("AppealRulesDialog", u"&Instancias:", None))
        self.complaintDaysLabel.setText(QCoreApplication.translate("AppealRulesDialog", u"Plazo para responder un &reclamo:", None))
        self.complaintDaysSpin.setSuffix(QCoreApplication.translate("AppealRulesDialog", u" d\u00edas h\u00e1biles", None))
        self.councillorDaysLabel.setText(QCoreApplication.translate("AppealRulesDialog", u"Plazo para atender un &pedido de regidor:", None))
        self.councillorDaysSpin.setSuffix(QCoreApplication.translate("AppealRulesDialog", u" d\u00edas h\u00e1biles", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("AppealRulesDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
