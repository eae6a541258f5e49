import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { routes } from './ui/app-routes'
import './styles.css'

// The app may live under a sub-path (BASE_PATH at build time); the router must know it.
let basename = import.meta.env.BASE_URL
while (basename.length > 1 && basename.endsWith('/')) basename = basename.slice(0, -1)
const router = createBrowserRouter(routes, { basename })

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
)
