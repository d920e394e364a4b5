# Generated from ui/delegation_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: f6a855d76aa6cbba82d1f70b3af1bfdd76168109881b7d1415a550b0f239448e
# uic: uic 6.11.3
# output-sha256: 3716591aca00022bea10bb626efe3d3659a4a9c579fe3c9b2a6985c60d51589e
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delegation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DelegationDialog(object):
    def setupUi(self, DelegationDialog):
        if not DelegationDialog.objectName():
            DelegationDialog.setObjectName(u"DelegationDialog")
        DelegationDialog.resize(760, 480)
        DelegationDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DelegationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(DelegationDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.raLabel = QLabel(DelegationDialog)
        self.raLabel.setObjectName(u"raLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.raLabel)

        self.raLayout = QHBoxLayout()
        self.raLayout.setObjectName(u"raLayout")
        self.raSearchEdit = QLineEdit(DelegationDialog)
        self.raSearchEdit.setObjectName(u"raSearchEdit")
        self.raSearchEdit.setClearButtonEnabled(True)

        self.raLayout.addWidget(self.raSearchEdit)

        self.raCombo = QComboBox(DelegationDialog)
        self.raCombo.setObjectName(u"raCombo")
        self.raCombo.setMinimumContentsLength(34)

        self.raLayout.addWidget(self.raCombo)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.raLayout)

        self.unitLabel = QLabel(DelegationDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(DelegationDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.powersLabel = QLabel(DelegationDialog)
        self.powersLabel.setObjectName(u"powersLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.powersLabel)

        self.powersEdit = QPlainTextEdit(DelegationDialog)
        self.powersEdit.setObjectName(u"powersEdit")
        self.powersEdit.setTabChangesFocus(True)
        self.powersEdit.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.powersEdit)

        self.sinceLabel = QLabel(DelegationDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceEdit = QDateEdit(DelegationDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sinceEdit)

        self.untilLabel = QLabel(DelegationDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilLayout = QHBoxLayout()
        self.untilLayout.setObjectName(u"untilLayout")
        self.untilEdit = QDateEdit(DelegationDialog)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.untilLayout.addWidget(self.untilEdit)

        self.openEndedCheck = QCheckBox(DelegationDialog)
        self.openEndedCheck.setObjectName(u"openEndedCheck")

        self.untilLayout.addWidget(self.openEndedCheck)

        self.untilSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.untilLayout.addItem(self.untilSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.untilLayout)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(DelegationDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(DelegationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.raLabel.setBuddy(self.raSearchEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.powersLabel.setBuddy(self.powersEdit)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.raSearchEdit, self.raCombo)
        QWidget.setTabOrder(self.raCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.powersEdit)
        QWidget.setTabOrder(self.powersEdit, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.openEndedCheck)
        QWidget.setTabOrder(self.openEndedCheck, self.buttonBox)

        self.retranslateUi(DelegationDialog)
    # setupUi

    def retranslateUi(self, DelegationDialog):
        DelegationDialog.setWindowTitle(QCoreApplication.translate("DelegationDialog", u"Registrar una delegaci\u00f3n de facultades", None))
        self.headingLabel.setText("")
        self.raLabel.setText(QCoreApplication.translate("DelegationDialog", u"&Resoluci\u00f3n de alcald\u00eda:", None))
        self.raSearchEdit.setPlaceholderText(QCoreApplication.translate("DelegationDialog", u"Palabras o n\u00famero, y Enter", None))
#if QT_CONFIG(accessibility)
        self.raCombo.setAccessibleName(QCoreApplication.translate("DelegationDialog", u"Resoluci\u00f3n de alcald\u00eda encontrada", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("DelegationDialog", u"&Unidad delegada:", None))
        self.powersLabel.setText(QCoreApplication.translate("DelegationDialog", u"&Facultades delegadas:", None))
        self.powersEdit.setPlaceholderText(QCoreApplication.translate("DelegationDialog", u"Como las dice la resoluci\u00f3n: aprobar contrataciones menores a ocho UIT, resolver recursos de reconsideraci\u00f3n\u2026", None))
        self.sinceLabel.setText(QCoreApplication.translate("DelegationDialog", u"Rige &desde:", None))
        self.sinceEdit.setDisplayFormat(QCoreApplication.translate("DelegationDialog", u"dd/MM/yyyy", None))
        self.untilLabel.setText(QCoreApplication.translate("DelegationDialog", u"&Hasta:", None))
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("DelegationDialog", u"dd/MM/yyyy", None))
        self.openEndedCheck.setText(QCoreApplication.translate("DelegationDialog", u"Sin fecha final (hasta que se revoque)", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("DelegationDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
