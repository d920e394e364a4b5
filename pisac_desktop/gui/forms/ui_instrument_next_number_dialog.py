# Generated from ui/instrument_next_number_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: cce853a96a2d1d37cbbf4b8c6fdc887b8ed81dbb55a9bf9196dd2f5f376d515f
# uic: uic 6.11.3
# output-sha256: 3362015632eb59eab15d7dd736c33c69a973d6b69c00034e3fdc339e7c86c467
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_next_number_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_InstrumentNextNumberDialog(object):
    def setupUi(self, InstrumentNextNumberDialog):
        if not InstrumentNextNumberDialog.objectName():
            InstrumentNextNumberDialog.setObjectName(u"InstrumentNextNumberDialog")
        InstrumentNextNumberDialog.resize(460, 240)
        InstrumentNextNumberDialog.setMinimumSize(QSize(460, 0))
        self.dialogLayout = QVBoxLayout(InstrumentNextNumberDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(InstrumentNextNumberDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindComboLabel = QLabel(InstrumentNextNumberDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(InstrumentNextNumberDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.yearComboLabel = QLabel(InstrumentNextNumberDialog)
        self.yearComboLabel.setObjectName(u"yearComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearComboLabel)

        self.yearCombo = QComboBox(InstrumentNextNumberDialog)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setEnabled(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.currentTitleLabel = QLabel(InstrumentNextNumberDialog)
        self.currentTitleLabel.setObjectName(u"currentTitleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.currentTitleLabel)

        self.currentLabel = QLabel(InstrumentNextNumberDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.currentLabel)

        self.numberSpinLabel = QLabel(InstrumentNextNumberDialog)
        self.numberSpinLabel.setObjectName(u"numberSpinLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.numberSpinLabel)

        self.numberSpin = QSpinBox(InstrumentNextNumberDialog)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(99999)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.numberSpin)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(InstrumentNextNumberDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InstrumentNextNumberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.yearComboLabel.setBuddy(self.yearCombo)
        self.numberSpinLabel.setBuddy(self.numberSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.numberSpin)

        self.retranslateUi(InstrumentNextNumberDialog)
    # setupUi

    def retranslateUi(self, InstrumentNextNumberDialog):
        InstrumentNextNumberDialog.setWindowTitle(QCoreApplication.translate("InstrumentNextNumberDialog", u"Fijar el siguiente n\u00famero", None))
        self.hintLabel.setText(QCoreApplication.translate("InstrumentNextNumberDialog", u"Para cuando la oficina empieza a usar el programa a mitad de a\u00f1o: el siguiente documento que se emita recibir\u00e1 este n\u00famero. Nunca puede ser igual o menor que uno ya dado.", None))
        self.kindComboLabel.setText(QCoreApplication.translate("InstrumentNextNumberDialog", u"&Tipo:", None))
        self.yearComboLabel.setText(QCoreApplication.translate("InstrumentNextNumberDialog", u"&A\u00f1o:", None))
        self.currentTitleLabel.setText(QCoreApplication.translate("InstrumentNextNumberDialog", u"Siguiente ahora:", None))
        self.currentLabel.setText("")
        self.numberSpinLabel.setText(QCoreApplication.translate("InstrumentNextNumberDialog", u"&Nuevo siguiente n\u00famero:", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentNextNumberDialog", u"color: #8a1c1c", None))
        self.messageLabel.setText("")
    # retranslateUi
