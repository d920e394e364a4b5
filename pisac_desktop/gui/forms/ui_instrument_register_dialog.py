# Generated from ui/instrument_register_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: b5b050d9a91ab6063e167ab8ffe611950aadfdd93f2900e2462270192ebcb772
# uic: uic 6.11.3
# output-sha256: 42291c9292c789a1f32ab0ae1f05d137982c5371be06a239eabfb535de35acdb
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instrument_register_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_InstrumentRegisterDialog(object):
    def setupUi(self, InstrumentRegisterDialog):
        if not InstrumentRegisterDialog.objectName():
            InstrumentRegisterDialog.setObjectName(u"InstrumentRegisterDialog")
        InstrumentRegisterDialog.resize(500, 360)
        InstrumentRegisterDialog.setMinimumSize(QSize(500, 0))
        self.dialogLayout = QVBoxLayout(InstrumentRegisterDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(InstrumentRegisterDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindComboLabel = QLabel(InstrumentRegisterDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(InstrumentRegisterDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.yearComboLabel = QLabel(InstrumentRegisterDialog)
        self.yearComboLabel.setObjectName(u"yearComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearComboLabel)

        self.yearCombo = QComboBox(InstrumentRegisterDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearCombo)


        self.dialogLayout.addLayout(self.form)

        self.registerGroup = QGroupBox(InstrumentRegisterDialog)
        self.registerGroup.setObjectName(u"registerGroup")
        self.registerLayout = QHBoxLayout(self.registerGroup)
        self.registerLayout.setObjectName(u"registerLayout")
        self.viewButton = QPushButton(self.registerGroup)
        self.viewButton.setObjectName(u"viewButton")
        self.viewButton.setAutoDefault(False)

        self.registerLayout.addWidget(self.viewButton)

        self.excelButton = QPushButton(self.registerGroup)
        self.excelButton.setObjectName(u"excelButton")
        self.excelButton.setAutoDefault(False)

        self.registerLayout.addWidget(self.excelButton)


        self.dialogLayout.addWidget(self.registerGroup)

        self.exportGroup = QGroupBox(InstrumentRegisterDialog)
        self.exportGroup.setObjectName(u"exportGroup")
        self.exportForm = QFormLayout(self.exportGroup)
        self.exportForm.setObjectName(u"exportForm")
        self.exportKindComboLabel = QLabel(self.exportGroup)
        self.exportKindComboLabel.setObjectName(u"exportKindComboLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exportKindComboLabel)

        self.exportKindCombo = QComboBox(self.exportGroup)
        self.exportKindCombo.setObjectName(u"exportKindCombo")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exportKindCombo)

        self.exportButton = QPushButton(self.exportGroup)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.exportForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.exportButton)


        self.dialogLayout.addWidget(self.exportGroup)

        self.messageLabel = QLabel(InstrumentRegisterDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InstrumentRegisterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.yearComboLabel.setBuddy(self.yearCombo)
        self.exportKindComboLabel.setBuddy(self.exportKindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.viewButton)
        QWidget.setTabOrder(self.viewButton, self.excelButton)
        QWidget.setTabOrder(self.excelButton, self.exportKindCombo)
        QWidget.setTabOrder(self.exportKindCombo, self.exportButton)

        self.retranslateUi(InstrumentRegisterDialog)
    # setupUi

    def retranslateUi(self, InstrumentRegisterDialog):
        InstrumentRegisterDialog.setWindowTitle(QCoreApplication.translate("InstrumentRegisterDialog", u"Registro y exportaci\u00f3n", None))
        self.hintLabel.setText(QCoreApplication.translate("InstrumentRegisterDialog", u"El registro lista todos los n\u00fameros dados del tipo y a\u00f1o, anulados incluidos. La exportaci\u00f3n guarda en una carpeta un PDF por documento emitido del a\u00f1o (con su n\u00famero como nombre) y los registros en PDF y Excel, para el archivo y el portal de transparencia.", None))
        self.kindComboLabel.setText(QCoreApplication.translate("InstrumentRegisterDialog", u"&Tipo:", None))
        self.yearComboLabel.setText(QCoreApplication.translate("InstrumentRegisterDialog", u"&A\u00f1o:", None))
        self.registerGroup.setTitle(QCoreApplication.translate("InstrumentRegisterDialog", u"Registro del tipo y a\u00f1o elegidos", None))
        self.viewButton.setText(QCoreApplication.translate("InstrumentRegisterDialog", u"&Ver registro (PDF)", None))
        self.excelButton.setText(QCoreApplication.translate("InstrumentRegisterDialog", u"&Guardar registro en Excel\u2026", None))
        self.exportGroup.setTitle(QCoreApplication.translate("InstrumentRegisterDialog", u"Exportaci\u00f3n del a\u00f1o elegido", None))
        self.exportKindComboLabel.setText(QCoreApplication.translate("InstrumentRegisterDialog", u"&Incluir:", None))
        self.exportButton.setText(QCoreApplication.translate("InstrumentRegisterDialog", u"E&xportar el a\u00f1o para el archivo\u2026", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("InstrumentRegisterDialog", u"color: #8a1c1c", None))
        self.messageLabel.setText("")
    # retranslateUi
