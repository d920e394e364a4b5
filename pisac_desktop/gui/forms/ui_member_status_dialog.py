# Generated from ui/member_status_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 318be45f89aa8dbc91a01e35cb34c2a14057f337fb748084333117962a35bd81
# uic: uic 6.11.3
# output-sha256: 2c8c319d64a1ac1a11d081fed73fddcb676fa9d47897456a350b00963abde480
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_status_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_MemberStatusDialog(object):
    def setupUi(self, MemberStatusDialog):
        if not MemberStatusDialog.objectName():
            MemberStatusDialog.setObjectName(u"MemberStatusDialog")
        MemberStatusDialog.resize(640, 360)
        MemberStatusDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(MemberStatusDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(MemberStatusDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.RichText)
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.hintLabel = QLabel(MemberStatusDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.statusLabel = QLabel(MemberStatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(MemberStatusDialog)
        self.statusCombo.setObjectName(u"statusCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusCombo.sizePolicy().hasHeightForWidth())
        self.statusCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.fromLabel = QLabel(MemberStatusDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(MemberStatusDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.fromEdit.sizePolicy().hasHeightForWidth())
        self.fromEdit.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.untilLabel = QLabel(MemberStatusDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilLayout = QHBoxLayout()
        self.untilLayout.setObjectName(u"untilLayout")
        self.untilCheck = QCheckBox(MemberStatusDialog)
        self.untilCheck.setObjectName(u"untilCheck")
        self.untilCheck.setChecked(True)

        self.untilLayout.addWidget(self.untilCheck)

        self.untilEdit = QDateEdit(MemberStatusDialog)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.untilLayout.addWidget(self.untilEdit)

        self.untilSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.untilLayout.addItem(self.untilSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.untilLayout)

        self.documentLabel = QLabel(MemberStatusDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentEdit = QLineEdit(MemberStatusDialog)
        self.documentEdit.setObjectName(u"documentEdit")
        self.documentEdit.setMaxLength(300)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.documentEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(MemberStatusDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(MemberStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.untilLabel.setBuddy(self.untilEdit)
        self.documentLabel.setBuddy(self.documentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.untilCheck)
        QWidget.setTabOrder(self.untilCheck, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.documentEdit)

        self.retranslateUi(MemberStatusDialog)
    # setupUi

    def retranslateUi(self, MemberStatusDialog):
        MemberStatusDialog.setWindowTitle(QCoreApplication.translate("MemberStatusDialog", u"Situaci\u00f3n de un miembro del concejo", None))
        self.headingLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("MemberStatusDialog", u"Quien no es h\u00e1bil en una fecha no cuenta para el qu\u00f3rum de ese d\u00eda (n\u00famero legal menos los que tienen licencia, est\u00e1n suspendidos o vacados). Un per\u00edodo \u00abH\u00e1bil\u00bb deja sin efecto, desde su fecha, uno anterior.", None))
        self.statusLabel.setText(QCoreApplication.translate("MemberStatusDialog", u"&Situaci\u00f3n:", None))
        self.fromLabel.setText(QCoreApplication.translate("MemberStatusDialog", u"&Desde el:", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("MemberStatusDialog", u"dd/MM/yyyy", None))
        self.untilLabel.setText(QCoreApplication.translate("MemberStatusDialog", u"Hasta el:", None))
        self.untilCheck.setText(QCoreApplication.translate("MemberStatusDialog", u"&con fecha de t\u00e9rmino:", None))
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("MemberStatusDialog", u"dd/MM/yyyy", None))
        self.documentLabel.setText(QCoreApplication.translate("MemberStatusDialog", u"D&ocumento que lo dispuso:", None))
        self.documentEdit.setPlaceholderText(QCoreApplication.translate("MemberStatusDialog", u"p. ej. \u00abAcuerdo de Concejo N\u00b0 012-2026-MDP/CM\u00bb", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("MemberStatusDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
