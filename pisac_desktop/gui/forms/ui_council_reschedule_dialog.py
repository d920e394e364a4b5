# Generated from ui/council_reschedule_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 4a038b3477de51c07e70d635d2d314d7d175b8c276163aad78f23e06ab8b6b5f
# uic: uic 6.11.3
# output-sha256: d98deadb61aaf4ede0de255bd3843392e2217dae4931145fc1ea7428d957d06f
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'council_reschedule_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_CouncilRescheduleDialog(object):
    def setupUi(self, CouncilRescheduleDialog):
        if not CouncilRescheduleDialog.objectName():
            CouncilRescheduleDialog.setObjectName(u"CouncilRescheduleDialog")
        CouncilRescheduleDialog.resize(600, 340)
        CouncilRescheduleDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CouncilRescheduleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(CouncilRescheduleDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(CouncilRescheduleDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.sessionDateEditLabel = QLabel(CouncilRescheduleDialog)
        self.sessionDateEditLabel.setObjectName(u"sessionDateEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionDateEditLabel)

        self.sessionDateEdit = QDateEdit(CouncilRescheduleDialog)
        self.sessionDateEdit.setObjectName(u"sessionDateEdit")
        self.sessionDateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionDateEdit)

        self.startTimeEditLabel = QLabel(CouncilRescheduleDialog)
        self.startTimeEditLabel.setObjectName(u"startTimeEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startTimeEditLabel)

        self.startTimeEdit = QTimeEdit(CouncilRescheduleDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startTimeEdit)

        self.reasonEditLabel = QLabel(CouncilRescheduleDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QPlainTextEdit(CouncilRescheduleDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(CouncilRescheduleDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CouncilRescheduleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sessionDateEditLabel.setBuddy(self.sessionDateEdit)
        self.startTimeEditLabel.setBuddy(self.startTimeEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sessionDateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.reasonEdit)

        self.retranslateUi(CouncilRescheduleDialog)
    # setupUi

    def retranslateUi(self, CouncilRescheduleDialog):
        CouncilRescheduleDialog.setWindowTitle(QCoreApplication.translate("CouncilRescheduleDialog", u"Reprogramar la sesi\u00f3n", None))
        self.headingLabel.setText("")
        self.hintLabel.setText("")
        self.sessionDateEditLabel.setText(QCoreApplication.translate("CouncilRescheduleDialog", u"Nueva &fecha:", None))
        self.sessionDateEdit.setDisplayFormat(QCoreApplication.translate("CouncilRescheduleDialog", u"dd/MM/yyyy", None))
        self.startTimeEditLabel.setText(QCoreApplication.translate("CouncilRescheduleDialog", u"&Hora:", None))
        self.startTimeEdit.setDisplayFormat(QCoreApplication.translate("CouncilRescheduleDialog", u"HH:mm", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("CouncilRescheduleDialog", u"&Motivo:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CouncilRescheduleDialog", u"p. ej. Citaciones entregadas sin la anticipaci\u00f3n del reglamento", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("CouncilRescheduleDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
