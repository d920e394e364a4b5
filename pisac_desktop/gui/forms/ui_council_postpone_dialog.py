# Generated from ui/council_postpone_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 526fcddadc74e102c01467dac3b39550578c61e39698b2a6c8b0224aa5267b63
# uic: uic 6.11.3
# output-sha256: 680dee022876c9252067de7e2ff2e81bb8ce8accdd4d99ad5ce873ae8ff25e02
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_postpone_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CouncilPostponeDialog(object):
    def setupUi(self, CouncilPostponeDialog):
        if not CouncilPostponeDialog.objectName():
            CouncilPostponeDialog.setObjectName(u"CouncilPostponeDialog")
        CouncilPostponeDialog.resize(620, 420)
        CouncilPostponeDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncilPostponeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CouncilPostponeDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(CouncilPostponeDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.sessionDateEditLabel = QLabel(CouncilPostponeDialog)
        self.sessionDateEditLabel.setObjectName(u"sessionDateEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionDateEditLabel)

        self.sessionDateEdit = QDateEdit(CouncilPostponeDialog)
        self.sessionDateEdit.setObjectName(u"sessionDateEdit")
        self.sessionDateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionDateEdit)

        self.requestingListLabel = QLabel(CouncilPostponeDialog)
        self.requestingListLabel.setObjectName(u"requestingListLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requestingListLabel)

        self.requestingList = QListWidget(CouncilPostponeDialog)
        self.requestingList.setObjectName(u"requestingList")
        self.requestingList.setMaximumSize(QSize(16777215, 140))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requestingList)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CouncilPostponeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CouncilPostponeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sessionDateEditLabel.setBuddy(self.sessionDateEdit)
        self.requestingListLabel.setBuddy(self.requestingList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sessionDateEdit, self.requestingList)

        self.retranslateUi(CouncilPostponeDialog)
    # setupUi

    def retranslateUi(self, CouncilPostponeDialog):
        CouncilPostponeDialog.setWindowTitle(QCoreApplication.translate("CouncilPostponeDialog", u"Postergar la sesi\u00f3n", None))
        self.headingLabel.setText("")
        self.hintLabel.setText("")
        self.sessionDateEditLabel.setText(QCoreApplication.translate("CouncilPostponeDialog", u"Nueva &fecha:", None))
        self.sessionDateEdit.setDisplayFormat(QCoreApplication.translate("CouncilPostponeDialog", u"dd/MM/yyyy", None))
        self.requestingListLabel.setText(QCoreApplication.translate("CouncilPostponeDialog", u"&La piden:", None))
#if QT_CONFIG(tooltip)
        self.requestingList.setToolTip(QCoreApplication.translate("CouncilPostponeDialog", u"Marque a los regidores que pidieron la postergaci\u00f3n (dos tercios)", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilPostponeDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
