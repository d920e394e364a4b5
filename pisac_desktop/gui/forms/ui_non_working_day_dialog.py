# Generated from ui/non_working_day_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 8d13a41b938ce3f14ff3c1f3e40bdece7e3c285e58fa99d001daa419fe36ef87
# uic: uic 6.11.3
# output-sha256: eec3f490bc258720fde65595a1033ccc0c8f85d12ed60d0e09be5d7ae8f8a3a9
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'non_working_day_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_NonWorkingDayDialog(object):
    def setupUi(self, NonWorkingDayDialog):
        if not NonWorkingDayDialog.objectName():
            NonWorkingDayDialog.setObjectName(u"NonWorkingDayDialog")
        NonWorkingDayDialog.resize(600, 330)
        NonWorkingDayDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(NonWorkingDayDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.dayLabel = QLabel(NonWorkingDayDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(NonWorkingDayDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dayEdit.sizePolicy().hasHeightForWidth())
        self.dayEdit.setSizePolicy(sizePolicy)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.everyYearCheck = QCheckBox(NonWorkingDayDialog)
        self.everyYearCheck.setObjectName(u"everyYearCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.everyYearCheck)

        self.kindLabel = QLabel(NonWorkingDayDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(NonWorkingDayDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.nameLabel = QLabel(NonWorkingDayDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NonWorkingDayDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.sourceLabel = QLabel(NonWorkingDayDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(NonWorkingDayDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")
        self.sourceEdit.setMaxLength(300)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sourceEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(NonWorkingDayDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(NonWorkingDayDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.everyYearCheck)
        QWidget.setTabOrder(self.everyYearCheck, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.sourceEdit)

        self.retranslateUi(NonWorkingDayDialog)
    # setupUi

    def retranslateUi(self, NonWorkingDayDialog):
        NonWorkingDayDialog.setWindowTitle(QCoreApplication.translate("NonWorkingDayDialog", u"D\u00eda no laborable", None))
        self.dayLabel.setText(QCoreApplication.translate("NonWorkingDayDialog", u"&Fecha:", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("NonWorkingDayDialog", u"dd/MM/yyyy", None))
        self.everyYearCheck.setText(QCoreApplication.translate("NonWorkingDayDialog", u"&Todos los a\u00f1os (desde el a\u00f1o de la fecha)", None))
#if QT_CONFIG(tooltip)
        self.everyYearCheck.setToolTip(QCoreApplication.translate("NonWorkingDayDialog", u"Por ejemplo, el 24 de junio (Inti Raymi, feriado regional del Cusco)", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("NonWorkingDayDialog", u"T&ipo:", None))
        self.nameLabel.setText(QCoreApplication.translate("NonWorkingDayDialog", u"&Nombre o motivo:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("NonWorkingDayDialog", u"p. ej. \u00abD\u00eda no laborable para el sector p\u00fablico\u00bb", None))
        self.sourceLabel.setText(QCoreApplication.translate("NonWorkingDayDialog", u"&Sustento:", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("NonWorkingDayDialog", u"p. ej. \u00abDecreto Supremo N\u00b0 089-2025-PCM\u00bb", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("NonWorkingDayDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
