# Generated from ui/council_reason_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: c8652cb4883ea87a40bfe63efbaed7dede7bd7739a2e00ef15ebe50bdc2a1f95
# uic: uic 6.11.3
# output-sha256: a4b79a6eb83dfa0fcaac90279d1294875debcd39b774d4691734a1c08b9297be
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_reason_dialog.ui'
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

class Ui_CouncilReasonDialog(object):
    def setupUi(self, CouncilReasonDialog):
        if not CouncilReasonDialog.objectName():
            CouncilReasonDialog.setObjectName(u"CouncilReasonDialog")
        CouncilReasonDialog.resize(600, 300)
        CouncilReasonDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncilReasonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CouncilReasonDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(CouncilReasonDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.reasonEditLabel = QLabel(CouncilReasonDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QPlainTextEdit(CouncilReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CouncilReasonDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CouncilReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CouncilReasonDialog)
    # setupUi

    def retranslateUi(self, CouncilReasonDialog):
        CouncilReasonDialog.setWindowTitle(QCoreApplication.translate("CouncilReasonDialog", u"Motivo", None))
        self.headingLabel.setText("")
        self.hintLabel.setText("")
        self.reasonEditLabel.setText(QCoreApplication.translate("CouncilReasonDialog", u"&Motivo:", None))
        self.reasonEdit.setPlaceholderText("")
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilReasonDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
