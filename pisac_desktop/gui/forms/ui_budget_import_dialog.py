# Generated from ui/budget_import_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: d3e8d64c3b709456029bf4cd75a92deafae86aac2dbf84b558589d79f925e3b7
# uic: uic 6.11.3
# output-sha256: c55c9e1641b9a53ee343ebc5daa21aca3a1e47808704e791df478db3752afd2e
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_import_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_BudgetImportDialog(object):
    def setupUi(self, BudgetImportDialog):
        if not BudgetImportDialog.objectName():
            BudgetImportDialog.setObjectName(u"BudgetImportDialog")
        BudgetImportDialog.resize(640, 260)
        BudgetImportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(BudgetImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(BudgetImportDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.fileLabel = QLabel(BudgetImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(BudgetImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.fileButton = QPushButton(BudgetImportDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.fileLayout.addWidget(self.fileButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.asOfLabel = QLabel(BudgetImportDialog)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.asOfLabel)

        self.asOfEdit = QDateEdit(BudgetImportDialog)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.asOfEdit)


        self.dialogLayout.addLayout(self.form)

        self.messageLabel = QLabel(BudgetImportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(BudgetImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileButton)
        self.asOfLabel.setBuddy(self.asOfEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileButton, self.asOfEdit)
        QWidget.setTabOrder(self.asOfEdit, self.buttonBox)

        self.retranslateUi(BudgetImportDialog)
    # setupUi

    def retranslateUi(self, BudgetImportDialog):
        BudgetImportDialog.setWindowTitle(QCoreApplication.translate("BudgetImportDialog", u"Importar el presupuesto desde SIAF", None))
        self.headingLabel.setText("")
        self.fileLabel.setText(QCoreApplication.translate("BudgetImportDialog", u"&Archivo:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("BudgetImportDialog", u"Archivo elegido", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("BudgetImportDialog", u"El reporte de ejecuci\u00f3n exportado de SIAF a Excel (.xlsx)", None))
        self.fileButton.setText(QCoreApplication.translate("BudgetImportDialog", u"Elegir\u2026", None))
        self.asOfLabel.setText(QCoreApplication.translate("BudgetImportDialog", u"&Cifras al:", None))
        self.asOfEdit.setDisplayFormat(QCoreApplication.translate("BudgetImportDialog", u"dd/MM/yyyy", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("BudgetImportDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
    # retranslateUi
