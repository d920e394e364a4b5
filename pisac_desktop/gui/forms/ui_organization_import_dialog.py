# Generated from ui/organization_import_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 925f4fa22bca6fe1890c1e6c50bf63b718582b05ee536ed6ba021580798577b1
# uic: uic 6.11.3
# output-sha256: cd85c047c08ec041b42dca2f739ee8a492046777c27ffd498d592128196f4142
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organization_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_OrganizationImportDialog(object):
    def setupUi(self, OrganizationImportDialog):
        if not OrganizationImportDialog.objectName():
            OrganizationImportDialog.setObjectName(u"OrganizationImportDialog")
        OrganizationImportDialog.resize(1100, 640)
        OrganizationImportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(OrganizationImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(OrganizationImportDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.templateButton = QPushButton(OrganizationImportDialog)
        self.templateButton.setObjectName(u"templateButton")
        self.templateButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.templateButton)

        self.chooseButton = QPushButton(OrganizationImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.chooseButton)

        self.fileLabel = QLabel(OrganizationImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileLabel.sizePolicy().hasHeightForWidth())
        self.fileLabel.setSizePolicy(sizePolicy)

        self.fileLayout.addWidget(self.fileLabel)


        self.dialogLayout.addLayout(self.fileLayout)

        self.summaryLabel = QLabel(OrganizationImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.changesOnlyCheck = QCheckBox(OrganizationImportDialog)
        self.changesOnlyCheck.setObjectName(u"changesOnlyCheck")
        self.changesOnlyCheck.setChecked(True)

        self.dialogLayout.addWidget(self.changesOnlyCheck)

        self.previewView = QTableView(OrganizationImportDialog)
        self.previewView.setObjectName(u"previewView")
        self.previewView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewView.setAlternatingRowColors(True)
        self.previewView.setWordWrap(True)

        self.dialogLayout.addWidget(self.previewView)

        self.messageLabel = QLabel(OrganizationImportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.importButton = QPushButton(OrganizationImportDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)
        self.importButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(OrganizationImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.templateButton, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.changesOnlyCheck)
        QWidget.setTabOrder(self.changesOnlyCheck, self.previewView)
        QWidget.setTabOrder(self.previewView, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(OrganizationImportDialog)
    # setupUi

    def retranslateUi(self, OrganizationImportDialog):
        OrganizationImportDialog.setWindowTitle(QCoreApplication.translate("OrganizationImportDialog", u"Importar la organizaci\u00f3n desde Excel", None))
        self.headingLabel.setText(QCoreApplication.translate("OrganizationImportDialog", u"Las unidades org\u00e1nicas, los titulares de los cargos (con sus periodos) y el concejo (per\u00edodo y miembros) desde la plantilla de Excel. Descargue la plantilla: viene con lo que el programa ya tiene; corr\u00edjala y compl\u00e9tela, y el\u00edjala para ver qu\u00e9 pasar\u00e1 con cada fila antes de importar. Se importa todo o nada.", None))
        self.templateButton.setText(QCoreApplication.translate("OrganizationImportDialog", u"&Descargar plantilla\u2026", None))
        self.chooseButton.setText(QCoreApplication.translate("OrganizationImportDialog", u"&Elegir el archivo completado\u2026", None))
        self.fileLabel.setText(QCoreApplication.translate("OrganizationImportDialog", u"Ning\u00fan archivo elegido.", None))
        self.summaryLabel.setText("")
        self.changesOnlyCheck.setText(QCoreApplication.translate("OrganizationImportDialog", u"Mostrar solo las filas que cambian algo o tienen problemas", None))
#if QT_CONFIG(accessibility)
        self.previewView.setAccessibleName(QCoreApplication.translate("OrganizationImportDialog", u"Vista previa de las unidades y cargos", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setStyleSheet(QCoreApplication.translate("OrganizationImportDialog", u"color: #a40000;", None))
        self.messageLabel.setText("")
        self.importButton.setText(QCoreApplication.translate("OrganizationImportDialog", u"&Importar", None))
        self.closeButton.setText(QCoreApplication.translate("OrganizationImportDialog", u"&Cerrar", None))
    # retranslateUi
