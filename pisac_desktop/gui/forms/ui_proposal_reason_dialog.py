# Generated from ui/proposal_reason_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 75c857be9695cfcd53190ed9bea61658a44b66c6cdf0ab560b066366b1b7b345
# uic: uic 6.11.3
# output-sha256: 501fe02cbf46e6e9104d47b105991cd4ad397832f14e9a6b6601cf23e065a670
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proposal_reason_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProposalReasonDialog(object):
    def setupUi(self, ProposalReasonDialog):
        if not ProposalReasonDialog.objectName():
            ProposalReasonDialog.setObjectName(u"ProposalReasonDialog")
        ProposalReasonDialog.resize(640, 320)
        ProposalReasonDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ProposalReasonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(ProposalReasonDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(ProposalReasonDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.reasonLabel = QLabel(ProposalReasonDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ProposalReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(ProposalReasonDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(ProposalReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProposalReasonDialog)
    # setupUi

    def retranslateUi(self, ProposalReasonDialog):
        ProposalReasonDialog.setWindowTitle(QCoreApplication.translate("ProposalReasonDialog", u"Observar propuesta", None))
        self.headingLabel.setText("")
        self.hintLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("ProposalReasonDialog", u"&Motivo:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("ProposalReasonDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
