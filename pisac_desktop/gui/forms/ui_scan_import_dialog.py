# Generated from ui/scan_import_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 09218fa1e01bb5172808c63d0bf73dd25d26a79d6c0a5e90713e86c8407283f6
# uic: uic 6.11.3
# output-sha256: d5b88482de722443c652d3cd502d62f27774842897a2d7eaed420a218a13797c
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scan_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ScanImportDialog(object):
    def setupUi(self, ScanImportDialog):
        if not ScanImportDialog.objectName():
            ScanImportDialog.setObjectName(u"ScanImportDialog")
        ScanImportDialog.resize(1100, 620)
        ScanImportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ScanImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(ScanImportDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.folderLabel = QLabel(ScanImportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(ScanImportDialog)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setReadOnly(True)

        self.folderLayout.addWidget(self.folderEdit)

        self.folderButton = QPushButton(ScanImportDialog)
        self.folderButton.setObjectName(u"folderButton")
        self.folderButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.folderButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderLayout)


        self.dialogLayout.addLayout(self.form)

        self.previewView = QTableView(ScanImportDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.previewView.setWordWrap(False)

        self.dialogLayout.addWidget(self.previewView)

        self.resultLabel = QLabel(ScanImportDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.resultLabel)

        self.messageLabel = QLabel(ScanImportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.previewButton = QPushButton(ScanImportDialog)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.previewButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.attachButton = QPushButton(ScanImportDialog)
        self.attachButton.setObjectName(u"attachButton")
        self.attachButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.attachButton)

        self.closeButton = QPushButton(ScanImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folderButton, self.previewView)
        QWidget.setTabOrder(self.previewView, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.closeButton)

        self.retranslateUi(ScanImportDialog)
    # setupUi

    def retranslateUi(self, ScanImportDialog):
        ScanImportDialog.setWindowTitle(QCoreApplication.translate("ScanImportDialog", u"Adjuntar el archivo escaneado", None))
        self.headingLabel.setText(QCoreApplication.translate("ScanImportDialog", u"Una carpeta (con sus subcarpetas) de documentos escaneados. Cada archivo se relaciona con su documento por el nombre (RA-045-2024.pdf, Resoluci\u00f3n de Alcald\u00eda 045-2024.pdf, Ordenanza Municipal N\u00b0 012-2023.pdf) o con su acta (Libro 3 folio 45.pdf, L03-F045.pdf, Acta 2024-03-15.pdf). Se adjuntan solo los que coinciden con un \u00fanico documento; lo ya adjuntado no se adjunta de nuevo.", None))
        self.folderLabel.setText(QCoreApplication.translate("ScanImportDialog", u"&Carpeta:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("ScanImportDialog", u"Carpeta elegida", None))
#endif // QT_CONFIG(accessibility)
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("ScanImportDialog", u"La carpeta de los documentos escaneados", None))
        self.folderButton.setText(QCoreApplication.translate("ScanImportDialog", u"Elegir\u2026", None))
#if QT_CONFIG(accessibility)
        self.previewView.setAccessibleName(QCoreApplication.translate("ScanImportDialog", u"Vista previa de los archivos escaneados", None))
#endif // QT_CONFIG(accessibility)
        self.resultLabel.setText(QCoreApplication.translate("ScanImportDialog", u"Elija la carpeta de los escaneados.", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("ScanImportDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
        self.previewButton.setText(QCoreApplication.translate("ScanImportDialog", u"&Volver a revisar", None))
        self.attachButton.setText(QCoreApplication.translate("ScanImportDialog", u"&Adjuntar", None))
        self.closeButton.setText(QCoreApplication.translate("ScanImportDialog", u"&Cerrar", None))
    # retranslateUi
