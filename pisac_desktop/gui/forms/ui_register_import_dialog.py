# Generated from ui/register_import_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 53f662283b748489f409a39061c7dc4f39b3537b3b90539b708e9330ef7eecca
# uic: uic 6.11.3
# output-sha256: c0c74215dccdb2934575458cfa76f1e304bcae2f88c4b4ba4ce051712df870a8
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_RegisterImportDialog(object):
    def setupUi(self, RegisterImportDialog):
        if not RegisterImportDialog.objectName():
            RegisterImportDialog.setObjectName(u"RegisterImportDialog")
        RegisterImportDialog.resize(1240, 680)
        RegisterImportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RegisterImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(RegisterImportDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextFormat(Qt.RichText)

        self.dialogLayout.addWidget(self.headingLabel)

        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.fileLabel = QLabel(RegisterImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(RegisterImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.fileButton = QPushButton(RegisterImportDialog)
        self.fileButton.setObjectName(u"fileButton")
        self.fileButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.fileButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)


        self.chooseLayout.addLayout(self.form)

        self.kindForm = QFormLayout()
        self.kindForm.setObjectName(u"kindForm")
        self.kindLabel = QLabel(RegisterImportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(RegisterImportDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(260, 0))

        self.kindForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)


        self.chooseLayout.addLayout(self.kindForm)

        self.yearForm = QFormLayout()
        self.yearForm.setObjectName(u"yearForm")
        self.yearLabel = QLabel(RegisterImportDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(RegisterImportDialog)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumSize(QSize(200, 0))

        self.yearForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearCombo)


        self.chooseLayout.addLayout(self.yearForm)


        self.dialogLayout.addLayout(self.chooseLayout)

        self.mappingGroup = QGroupBox(RegisterImportDialog)
        self.mappingGroup.setObjectName(u"mappingGroup")
        self.mappingLayout = QGridLayout(self.mappingGroup)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.numberLabel = QLabel(self.mappingGroup)
        self.numberLabel.setObjectName(u"numberLabel")

        self.mappingLayout.addWidget(self.numberLabel, 0, 0, 1, 1)

        self.numberCombo = QComboBox(self.mappingGroup)
        self.numberCombo.setObjectName(u"numberCombo")

        self.mappingLayout.addWidget(self.numberCombo, 0, 1, 1, 1)

        self.dateLabel = QLabel(self.mappingGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.mappingLayout.addWidget(self.dateLabel, 0, 2, 1, 1)

        self.dateCombo = QComboBox(self.mappingGroup)
        self.dateCombo.setObjectName(u"dateCombo")

        self.mappingLayout.addWidget(self.dateCombo, 0, 3, 1, 1)

        self.summaryLabel = QLabel(self.mappingGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.mappingLayout.addWidget(self.summaryLabel, 0, 4, 1, 1)

        self.summaryCombo = QComboBox(self.mappingGroup)
        self.summaryCombo.setObjectName(u"summaryCombo")

        self.mappingLayout.addWidget(self.summaryCombo, 0, 5, 1, 1)

        self.seenLabel = QLabel(self.mappingGroup)
        self.seenLabel.setObjectName(u"seenLabel")

        self.mappingLayout.addWidget(self.seenLabel, 0, 6, 1, 1)

        self.seenCombo = QComboBox(self.mappingGroup)
        self.seenCombo.setObjectName(u"seenCombo")

        self.mappingLayout.addWidget(self.seenCombo, 0, 7, 1, 1)

        self.signerLabel = QLabel(self.mappingGroup)
        self.signerLabel.setObjectName(u"signerLabel")

        self.mappingLayout.addWidget(self.signerLabel, 1, 0, 1, 1)

        self.signerCombo = QComboBox(self.mappingGroup)
        self.signerCombo.setObjectName(u"signerCombo")

        self.mappingLayout.addWidget(self.signerCombo, 1, 1, 1, 1)

        self.stateLabel = QLabel(self.mappingGroup)
        self.stateLabel.setObjectName(u"stateLabel")

        self.mappingLayout.addWidget(self.stateLabel, 1, 2, 1, 1)

        self.stateCombo = QComboBox(self.mappingGroup)
        self.stateCombo.setObjectName(u"stateCombo")

        self.mappingLayout.addWidget(self.stateCombo, 1, 3, 1, 1)

        self.kindColumnLabel = QLabel(self.mappingGroup)
        self.kindColumnLabel.setObjectName(u"kindColumnLabel")

        self.mappingLayout.addWidget(self.kindColumnLabel, 1, 4, 1, 1)

        self.kindColumnCombo = QComboBox(self.mappingGroup)
        self.kindColumnCombo.setObjectName(u"kindColumnCombo")

        self.mappingLayout.addWidget(self.kindColumnCombo, 1, 5, 1, 1)

        self.sourceLabel = QLabel(self.mappingGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.sourceLabel, 1, 6, 1, 2)

        self.mappingLayout.setColumnStretch(1, 1)
        self.mappingLayout.setColumnStretch(3, 1)
        self.mappingLayout.setColumnStretch(5, 1)
        self.mappingLayout.setColumnStretch(7, 1)

        self.dialogLayout.addWidget(self.mappingGroup)

        self.previewView = QTableView(RegisterImportDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewView.setAlternatingRowColors(False)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.previewView.setWordWrap(False)

        self.dialogLayout.addWidget(self.previewView)

        self.resultLabel = QLabel(RegisterImportDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.resultLabel)

        self.messageLabel = QLabel(RegisterImportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.previewButton = QPushButton(RegisterImportDialog)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.previewButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(RegisterImportDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(RegisterImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileButton)
        self.kindLabel.setBuddy(self.kindCombo)
        self.yearLabel.setBuddy(self.yearCombo)
        self.numberLabel.setBuddy(self.numberCombo)
        self.dateLabel.setBuddy(self.dateCombo)
        self.summaryLabel.setBuddy(self.summaryCombo)
        self.seenLabel.setBuddy(self.seenCombo)
        self.signerLabel.setBuddy(self.signerCombo)
        self.stateLabel.setBuddy(self.stateCombo)
        self.kindColumnLabel.setBuddy(self.kindColumnCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileButton, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.numberCombo)
        QWidget.setTabOrder(self.numberCombo, self.dateCombo)
        QWidget.setTabOrder(self.dateCombo, self.summaryCombo)
        QWidget.setTabOrder(self.summaryCombo, self.seenCombo)
        QWidget.setTabOrder(self.seenCombo, self.signerCombo)
        QWidget.setTabOrder(self.signerCombo, self.stateCombo)
        QWidget.setTabOrder(self.stateCombo, self.kindColumnCombo)
        QWidget.setTabOrder(self.kindColumnCombo, self.previewView)
        QWidget.setTabOrder(self.previewView, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(RegisterImportDialog)
    # setupUi

    def retranslateUi(self, RegisterImportDialog):
        RegisterImportDialog.setWindowTitle(QCoreApplication.translate("RegisterImportDialog", u"Importar registros anteriores", None))
        self.headingLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"El registro que la oficina llevaba antes del sistema (Excel o CSV). Cada fila se importa como <b>registro hist\u00f3rico</b>: con su n\u00famero y su fecha tal como est\u00e1n, sin volver a numerarla ni imprimirla. Revise la vista previa: si una fila tiene un problema que lo impide, no se importa nada del archivo.", None))
        self.fileLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"&Archivo:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("RegisterImportDialog", u"Archivo elegido", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("RegisterImportDialog", u"El registro en Excel (.xlsx) o CSV", None))
        self.fileButton.setText(QCoreApplication.translate("RegisterImportDialog", u"Elegir\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"&Tipo de documento:", None))
        self.yearLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"A&\u00f1o:", None))
        self.mappingGroup.setTitle(QCoreApplication.translate("RegisterImportDialog", u"Columna de cada dato (adivinada por los encabezados; corr\u00edjala si hace falta)", None))
        self.numberLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"&N\u00famero:", None))
        self.dateLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"&Fecha:", None))
        self.summaryLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"&Sumilla:", None))
        self.seenLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"&Visto:", None))
        self.signerLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"Fi&rmante:", None))
        self.stateLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"&Estado:", None))
        self.kindColumnLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"Ti&po:", None))
        self.sourceLabel.setText("")
#if QT_CONFIG(accessibility)
        self.previewView.setAccessibleName(QCoreApplication.translate("RegisterImportDialog", u"Vista previa de las filas del registro", None))
#endif // QT_CONFIG(accessibility)
        self.resultLabel.setText(QCoreApplication.translate("RegisterImportDialog", u"Elija el archivo del registro.", None))
        self.messageLabel.setStyleSheet(QCoreApplication.translate("RegisterImportDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
        self.previewButton.setText(QCoreApplication.translate("RegisterImportDialog", u"&Volver a revisar", None))
        self.importButton.setText(QCoreApplication.translate("RegisterImportDialog", u"&Importar", None))
        self.closeButton.setText(QCoreApplication.translate("RegisterImportDialog", u"&Cerrar", None))
    # retranslateUi
