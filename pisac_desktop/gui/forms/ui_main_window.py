# Generated from ui/main_window.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: eebcd57272f0828a549a383c285b6f3ef16f6bbcf106e35c33b579d0dc26bba2
# uic: uic 6.11.3
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.actionSalir = QAction(MainWindow)
        self.actionSalir.setObjectName(u"actionSalir")
        self.actionRespaldar = QAction(MainWindow)
        self.actionRespaldar.setObjectName(u"actionRespaldar")
        self.actionRespaldarEn = QAction(MainWindow)
        self.actionRespaldarEn.setObjectName(u"actionRespaldarEn")
        self.actionRestaurar = QAction(MainWindow)
        self.actionRestaurar.setObjectName(u"actionRestaurar")
        self.actionCambiarContrasena = QAction(MainWindow)
        self.actionCambiarContrasena.setObjectName(u"actionCambiarContrasena")
        self.actionCerrarSesion = QAction(MainWindow)
        self.actionCerrarSesion.setObjectName(u"actionCerrarSesion")
        self.actionUsuarios = QAction(MainWindow)
        self.actionUsuarios.setObjectName(u"actionUsuarios")
        self.actionAuditoria = QAction(MainWindow)
        self.actionAuditoria.setObjectName(u"actionAuditoria")
        self.actionTiposDocumento = QAction(MainWindow)
        self.actionTiposDocumento.setObjectName(u"actionTiposDocumento")
        self.actionConcejo = QAction(MainWindow)
        self.actionConcejo.setObjectName(u"actionConcejo")
        self.actionConcejoCitaciones = QAction(MainWindow)
        self.actionConcejoCitaciones.setObjectName(u"actionConcejoCitaciones")
        self.actionRecursos = QAction(MainWindow)
        self.actionRecursos.setObjectName(u"actionRecursos")
        self.actionTupa = QAction(MainWindow)
        self.actionTupa.setObjectName(u"actionTupa")
        self.actionCalendario = QAction(MainWindow)
        self.actionCalendario.setObjectName(u"actionCalendario")
        self.actionInstitucion = QAction(MainWindow)
        self.actionInstitucion.setObjectName(u"actionInstitucion")
        self.actionConexion = QAction(MainWindow)
        self.actionConexion.setObjectName(u"actionConexion")
        self.actionExportarTodo = QAction(MainWindow)
        self.actionExportarTodo.setObjectName(u"actionExportarTodo")
        self.actionImportarOrganizacion = QAction(MainWindow)
        self.actionImportarOrganizacion.setObjectName(u"actionImportarOrganizacion")
        self.actionAcercaDe = QAction(MainWindow)
        self.actionAcercaDe.setObjectName(u"actionAcercaDe")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.moduleTabs = QTabWidget(self.centralWidget)
        self.moduleTabs.setObjectName(u"moduleTabs")
        self.moduleTabs.setDocumentMode(True)

        self.centralLayout.addWidget(self.moduleTabs)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuArchivo = QMenu(self.menuBar)
        self.menuArchivo.setObjectName(u"menuArchivo")
        self.menuConfiguracion = QMenu(self.menuBar)
        self.menuConfiguracion.setObjectName(u"menuConfiguracion")
        self.menuAyuda = QMenu(self.menuBar)
        self.menuAyuda.setObjectName(u"menuAyuda")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuArchivo.menuAction())
        self.menuBar.addAction(self.menuConfiguracion.menuAction())
        self.menuBar.addAction(self.menuAyuda.menuAction())
        self.menuArchivo.addAction(self.actionRespaldar)
        self.menuArchivo.addAction(self.actionRespaldarEn)
        self.menuArchivo.addAction(self.actionRestaurar)
        self.menuArchivo.addAction(self.actionExportarTodo)
        self.menuArchivo.addSeparator()
        self.menuArchivo.addAction(self.actionCambiarContrasena)
        self.menuArchivo.addAction(self.actionCerrarSesion)
        self.menuArchivo.addSeparator()
        self.menuArchivo.addAction(self.actionSalir)
        self.menuConfiguracion.addAction(self.actionInstitucion)
        self.menuConfiguracion.addAction(self.actionConcejo)
        self.menuConfiguracion.addAction(self.actionImportarOrganizacion)
        self.menuConfiguracion.addAction(self.actionConcejoCitaciones)
        self.menuConfiguracion.addAction(self.actionCalendario)
        self.menuConfiguracion.addAction(self.actionTiposDocumento)
        self.menuConfiguracion.addAction(self.actionTupa)
        self.menuConfiguracion.addAction(self.actionRecursos)
        self.menuConfiguracion.addAction(self.actionUsuarios)
        self.menuConfiguracion.addAction(self.actionAuditoria)
        self.menuConfiguracion.addSeparator()
        self.menuConfiguracion.addAction(self.actionConexion)
        self.menuAyuda.addAction(self.actionAcercaDe)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Municipalidad Distrital de Pisac \u2014 Gesti\u00f3n Municipal", None))
        self.actionSalir.setText(QCoreApplication.translate("MainWindow", u"&Salir", None))
#if QT_CONFIG(shortcut)
        self.actionSalir.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionRespaldar.setText(QCoreApplication.translate("MainWindow", u"&Respaldar ahora\u2026", None))
        self.actionRespaldarEn.setText(QCoreApplication.translate("MainWindow", u"Respaldar en otra carpeta o memoria &USB\u2026", None))
        self.actionRestaurar.setText(QCoreApplication.translate("MainWindow", u"Res&taurar una copia de seguridad\u2026", None))
        self.actionCambiarContrasena.setText(QCoreApplication.translate("MainWindow", u"Cambiar mi &contrase\u00f1a\u2026", None))
        self.actionCerrarSesion.setText(QCoreApplication.translate("MainWindow", u"Cerrar s&esi\u00f3n", None))
        self.actionUsuarios.setText(QCoreApplication.translate("MainWindow", u"&Usuarios\u2026", None))
        self.actionAuditoria.setText(QCoreApplication.translate("MainWindow", u"Registro de &auditor\u00eda\u2026", None))
        self.actionTiposDocumento.setText(QCoreApplication.translate("MainWindow", u"&Tipos de documento y plantillas\u2026", None))
        self.actionConcejo.setText(QCoreApplication.translate("MainWindow", u"&Concejo Municipal: per\u00edodos y miembros\u2026", None))
        self.actionConcejoCitaciones.setText(QCoreApplication.translate("MainWindow", u"Concejo y c&itaciones\u2026", None))
        self.actionRecursos.setText(QCoreApplication.translate("MainWindow", u"&Recursos y plazos\u2026", None))
        self.actionTupa.setText(QCoreApplication.translate("MainWindow", u"&Procedimientos del TUPA\u2026", None))
        self.actionCalendario.setText(QCoreApplication.translate("MainWindow", u"Ca&lendario de d\u00edas h\u00e1biles\u2026", None))
        self.actionInstitucion.setText(QCoreApplication.translate("MainWindow", u"&Datos de la instituci\u00f3n\u2026", None))
        self.actionConexion.setText(QCoreApplication.translate("MainWindow", u"Co&nexi\u00f3n a la base de datos\u2026", None))
        self.actionExportarTodo.setText(QCoreApplication.translate("MainWindow", u"E&xportar todo (datos, documentos y archivos)\u2026", None))
        self.actionImportarOrganizacion.setText(QCoreApplication.translate("MainWindow", u"Importar &organizaci\u00f3n desde Excel\u2026", None))
        self.actionAcercaDe.setText(QCoreApplication.translate("MainWindow", u"&Acerca de Pisac Desktop", None))
        self.menuArchivo.setTitle(QCoreApplication.translate("MainWindow", u"&Archivo", None))
        self.menuConfiguracion.setTitle(QCoreApplication.translate("MainWindow", u"&Configuraci\u00f3n", None))
        self.menuAyuda.setTitle(QCoreApplication.translate("MainWindow", u"A&yuda", None))
    # retranslateUi
