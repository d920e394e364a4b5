# Generated from ui/audit_viewer.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 635c22ab7195eb957304ffec42cfeeb600628e39d5d657e47f8ceb4dde8cf292
# uic: uic 6.11.3
# output-sha256: 5bacfa2af6e08dd9ff2e0ff53820b3a197b32e7f44bee07de75385b7b17f41e6
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_viewer.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AuditViewerDialog(object):
    def setupUi(self, AuditViewerDialog):
        if not AuditViewerDialog.objectName():
            AuditViewerDialog.setObjectName(u"AuditViewerDialog")
        AuditViewerDialog.resize(1180, 680)
        self.dialogLayout = QVBoxLayout(AuditViewerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.filtersGroup = QGroupBox(AuditViewerDialog)
        self.filtersGroup.setObjectName(u"filtersGroup")
        self.filtersLayout = QGridLayout(self.filtersGroup)
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.fromDateLabel = QLabel(self.filtersGroup)
        self.fromDateLabel.setObjectName(u"fromDateLabel")

        self.filtersLayout.addWidget(self.fromDateLabel, 0, 0, 1, 1)

        self.fromDateEdit = QDateEdit(self.filtersGroup)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.fromDateEdit, 0, 1, 1, 1)

        self.toDateLabel = QLabel(self.filtersGroup)
        self.toDateLabel.setObjectName(u"toDateLabel")

        self.filtersLayout.addWidget(self.toDateLabel, 0, 2, 1, 1)

        self.toDateEdit = QDateEdit(self.filtersGroup)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.toDateEdit, 0, 3, 1, 1)

        self.userLabel = QLabel(self.filtersGroup)
        self.userLabel.setObjectName(u"userLabel")

        self.filtersLayout.addWidget(self.userLabel, 0, 4, 1, 1)

        self.userCombo = QComboBox(self.filtersGroup)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.userCombo, 0, 5, 1, 1)

        self.actionLabel = QLabel(self.filtersGroup)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filtersLayout.addWidget(self.actionLabel, 0, 6, 1, 1)

        self.actionCombo = QComboBox(self.filtersGroup)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.actionCombo, 0, 7, 1, 1)

        self.entityLabel = QLabel(self.filtersGroup)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filtersLayout.addWidget(self.entityLabel, 0, 8, 1, 1)

        self.entityCombo = QComboBox(self.filtersGroup)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filtersLayout.addWidget(self.entityCombo, 0, 9, 1, 1)

        self.filtersSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer, 0, 10, 1, 1)

        self.searchLabel = QLabel(self.filtersGroup)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filtersLayout.addWidget(self.searchLabel, 1, 0, 1, 1)

        self.searchEdit = QLineEdit(self.filtersGroup)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.searchEdit, 1, 1, 1, 9)

        self.clearFiltersButton = QPushButton(self.filtersGroup)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")
        self.clearFiltersButton.setAutoDefault(False)

        self.filtersLayout.addWidget(self.clearFiltersButton, 1, 10, 1, 1)


        self.dialogLayout.addWidget(self.filtersGroup)

        self.auditView = QTableView(AuditViewerDialog)
        self.auditView.setObjectName(u"auditView")
        self.auditView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.auditView.setAlternatingRowColors(True)
        self.auditView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.auditView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.auditView.setWordWrap(False)
        self.auditView.setTextElideMode(Qt.ElideRight)
        self.auditView.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.auditView.horizontalHeader().setStretchLastSection(True)
        self.auditView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.auditView)

        self.statusLabel = QLabel(AuditViewerDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.verifyButton = QPushButton(AuditViewerDialog)
        self.verifyButton.setObjectName(u"verifyButton")
        self.verifyButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.verifyButton)

        self.certificateButton = QPushButton(AuditViewerDialog)
        self.certificateButton.setObjectName(u"certificateButton")
        self.certificateButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.certificateButton)

        self.checkHeadButton = QPushButton(AuditViewerDialog)
        self.checkHeadButton.setObjectName(u"checkHeadButton")
        self.checkHeadButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.checkHeadButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.exportXlsxButton = QPushButton(AuditViewerDialog)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")
        self.exportXlsxButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.exportXlsxButton)

        self.exportPdfButton = QPushButton(AuditViewerDialog)
        self.exportPdfButton.setObjectName(u"exportPdfButton")
        self.exportPdfButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.exportPdfButton)

        self.buttonBox = QDialogButtonBox(AuditViewerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.fromDateLabel.setBuddy(self.fromDateEdit)
        self.toDateLabel.setBuddy(self.toDateEdit)
        self.userLabel.setBuddy(self.userCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.entityLabel.setBuddy(self.entityCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.userCombo)
        QWidget.setTabOrder(self.userCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.auditView)
        QWidget.setTabOrder(self.auditView, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.certificateButton)
        QWidget.setTabOrder(self.certificateButton, self.checkHeadButton)
        QWidget.setTabOrder(self.checkHeadButton, self.exportXlsxButton)
        QWidget.setTabOrder(self.exportXlsxButton, self.exportPdfButton)

        self.retranslateUi(AuditViewerDialog)
    # setupUi

    def retranslateUi(self, AuditViewerDialog):
        AuditViewerDialog.setWindowTitle(QCoreApplication.translate("AuditViewerDialog", u"Registro de auditor\u00eda", None))
        self.filtersGroup.setTitle(QCoreApplication.translate("AuditViewerDialog", u"Filtros", None))
        self.fromDateLabel.setText(QCoreApplication.translate("AuditViewerDialog", u"&Desde:", None))
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("AuditViewerDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.fromDateEdit.setToolTip(QCoreApplication.translate("AuditViewerDialog", u"Primer d\u00eda incluido (hora local)", None))
#endif // QT_CONFIG(tooltip)
        self.toDateLabel.setText(QCoreApplication.translate("AuditViewerDialog", u"&Hasta:", None))
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("AuditViewerDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.toDateEdit.setToolTip(QCoreApplication.translate("AuditViewerDialog", u"\u00daltimo d\u00eda incluido (hora local)", None))
#endif // QT_CONFIG(tooltip)
        self.userLabel.setText(QCoreApplication.translate("AuditViewerDialog", u"&Usuario:", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditViewerDialog", u"&Acci\u00f3n:", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditViewerDialog", u"&Entidad:", None))
        self.searchLabel.setText(QCoreApplication.translate("AuditViewerDialog", u"&Buscar:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AuditViewerDialog", u"Texto en el usuario, la estaci\u00f3n, el id o los cambios (no importan las tildes ni las may\u00fasculas)", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("AuditViewerDialog", u"&Limpiar filtros", None))
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("AuditViewerDialog", u"Mostrar todas las entradas, desde la primera hasta hoy", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.auditView.setAccessibleName(QCoreApplication.translate("AuditViewerDialog", u"Entradas del registro de auditor\u00eda", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        self.verifyButton.setText(QCoreApplication.translate("AuditViewerDialog", u"&Verificar integridad del registro de auditor\u00eda", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("AuditViewerDialog", u"Recorre toda la cadena de entradas y avisa si alguna fue alterada, eliminada o insertada fuera de la aplicaci\u00f3n", None))
#endif // QT_CONFIG(tooltip)
        self.certificateButton.setText(QCoreApplication.translate("AuditViewerDialog", u"&Constancia de integridad\u2026", None))
#if QT_CONFIG(tooltip)
        self.certificateButton.setToolTip(QCoreApplication.translate("AuditViewerDialog", u"Vista previa de la Constancia de integridad del registro (una p\u00e1gina) para firmarla y archivarla cada mes", None))
#endif // QT_CONFIG(tooltip)
        self.checkHeadButton.setText(QCoreApplication.translate("AuditViewerDialog", u"Comprobar una &huella\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkHeadButton.setToolTip(QCoreApplication.translate("AuditViewerDialog", u"Escriba el n\u00famero de entrada y la huella de una constancia impresa para comprobar que el registro no fue reescrito", None))
#endif // QT_CONFIG(tooltip)
        self.exportXlsxButton.setText(QCoreApplication.translate("AuditViewerDialog", u"Exportar a &Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportXlsxButton.setToolTip(QCoreApplication.translate("AuditViewerDialog", u"Guardar las entradas filtradas en un archivo de Excel (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.exportPdfButton.setText(QCoreApplication.translate("AuditViewerDialog", u"Exportar a &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPdfButton.setToolTip(QCoreApplication.translate("AuditViewerDialog", u"Guardar las entradas filtradas como un listado en PDF para imprimir", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
