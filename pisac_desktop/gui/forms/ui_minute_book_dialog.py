# Generated from ui/minute_book_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: b7658dda139452816efaa603bd77854d432d074f524997626f92c428230546c4
# uic: uic 6.11.3
# output-sha256: 3592fe881d41edc654e0794b58e230997e4754cf7d150476d6fc430f14874888
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minute_book_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_MinuteBookDialog(object):
    def setupUi(self, MinuteBookDialog):
        if not MinuteBookDialog.objectName():
            MinuteBookDialog.setObjectName(u"MinuteBookDialog")
        MinuteBookDialog.resize(520, 280)
        MinuteBookDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(MinuteBookDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(MinuteBookDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.numberLabel = QLabel(MinuteBookDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberSpin = QSpinBox(MinuteBookDialog)
        self.numberSpin.setObjectName(u"numberSpin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.numberSpin.sizePolicy().hasHeightForWidth())
        self.numberSpin.setSizePolicy(sizePolicy)
        self.numberSpin.setMinimum(0)
        self.numberSpin.setMaximum(999)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberSpin)

        self.notaryLabel = QLabel(MinuteBookDialog)
        self.notaryLabel.setObjectName(u"notaryLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notaryLabel)

        self.notaryEdit = QLineEdit(MinuteBookDialog)
        self.notaryEdit.setObjectName(u"notaryEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notaryEdit)

        self.legalisedOnLabel = QLabel(MinuteBookDialog)
        self.legalisedOnLabel.setObjectName(u"legalisedOnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.legalisedOnLabel)

        self.legalisedOnEdit = QLineEdit(MinuteBookDialog)
        self.legalisedOnEdit.setObjectName(u"legalisedOnEdit")
        sizePolicy.setHeightForWidth(self.legalisedOnEdit.sizePolicy().hasHeightForWidth())
        self.legalisedOnEdit.setSizePolicy(sizePolicy)
        self.legalisedOnEdit.setMaxLength(10)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.legalisedOnEdit)

        self.folioCountLabel = QLabel(MinuteBookDialog)
        self.folioCountLabel.setObjectName(u"folioCountLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.folioCountLabel)

        self.folioCountSpin = QSpinBox(MinuteBookDialog)
        self.folioCountSpin.setObjectName(u"folioCountSpin")
        sizePolicy.setHeightForWidth(self.folioCountSpin.sizePolicy().hasHeightForWidth())
        self.folioCountSpin.setSizePolicy(sizePolicy)
        self.folioCountSpin.setMinimum(0)
        self.folioCountSpin.setMaximum(9999)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.folioCountSpin)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(MinuteBookDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.dialogSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(MinuteBookDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberSpin)
        self.notaryLabel.setBuddy(self.notaryEdit)
        self.legalisedOnLabel.setBuddy(self.legalisedOnEdit)
        self.folioCountLabel.setBuddy(self.folioCountSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberSpin, self.notaryEdit)
        QWidget.setTabOrder(self.notaryEdit, self.legalisedOnEdit)
        QWidget.setTabOrder(self.legalisedOnEdit, self.folioCountSpin)

        self.retranslateUi(MinuteBookDialog)
    # setupUi

    def retranslateUi(self, MinuteBookDialog):
        MinuteBookDialog.setWindowTitle(QCoreApplication.translate("MinuteBookDialog", u"Libro de actas", None))
        self.hintLabel.setText(QCoreApplication.translate("MinuteBookDialog", u"Los datos de la legalizaci\u00f3n notarial que figuran en la primera p\u00e1gina del libro.", None))
        self.numberLabel.setText(QCoreApplication.translate("MinuteBookDialog", u"&N\u00famero del libro:", None))
        self.numberSpin.setSpecialValueText("")
        self.notaryLabel.setText(QCoreApplication.translate("MinuteBookDialog", u"N&otario:", None))
        self.notaryEdit.setPlaceholderText(QCoreApplication.translate("MinuteBookDialog", u"p. ej. Notar\u00eda P\u00fablica Mercado Cuba \u2014 Cusco", None))
        self.legalisedOnLabel.setText(QCoreApplication.translate("MinuteBookDialog", u"&Fecha de legalizaci\u00f3n:", None))
        self.legalisedOnEdit.setPlaceholderText(QCoreApplication.translate("MinuteBookDialog", u"dd/mm/aaaa", None))
        self.folioCountLabel.setText(QCoreApplication.translate("MinuteBookDialog", u"N\u00famero de &folios:", None))
        self.folioCountSpin.setSpecialValueText("")
#if QT_CONFIG(tooltip)
        self.folioCountSpin.setToolTip(QCoreApplication.translate("MinuteBookDialog", u"Folios numerados que certific\u00f3 el notario", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setStyleSheet(QCoreApplication.translate("MinuteBookDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
